import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PreparedJson } from '../use-cases/prepared-json.ts';
import { acceptsEncoding } from './http/accepts-encoding.ts';
import { isFresh } from './http/is-fresh.ts';

/** Adds a header name to Vary unless it is there already. */
function varyOn(res: ServerResponse, name: string): void {
  const now = res.getHeader('Vary');
  const list = (Array.isArray(now) ? now.join(',') : String(now ?? '')).split(',').map((s) => s.trim());
  if (list.includes('*') || list.some((v) => v.toLowerCase() === name.toLowerCase())) return;
  res.setHeader('Vary', [...list.filter(Boolean), name].join(', '));
}

/**
 * Sends a prepared JSON answer: `Cache-Control: no-cache` with its ETag, so a client revalidates every time
 * and a repeat answers 304 without a body; brotli or gzip when the client accepts them. Written with the plain
 * Node calls, so that both the full chain and the short way for held answers (before Express) send with it.
 */
export function sendPrepared(req: IncomingMessage, res: ServerResponse, p: PreparedJson): void {
  res.setHeader('ETag', p.etag);
  res.setHeader('Cache-Control', 'no-cache');
  varyOn(res, 'Accept-Encoding');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (isFresh(req.headers, p.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  // Brotli first whenever it is accepted at all: it is the smaller, and both were made ahead.
  const accepted = req.headers['accept-encoding'];
  const encoding = acceptsEncoding(accepted, 'br') ? 'br' : acceptsEncoding(accepted, 'gzip') ? 'gzip' : 'identity';
  const body = encoding === 'br' ? p.br : encoding === 'gzip' ? p.gzip : p.body;
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : body);
}
