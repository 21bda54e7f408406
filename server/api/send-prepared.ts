import type { Request, Response } from 'express';
import type { PreparedJson } from '../use-cases/prepared-json.ts';

/**
 * Sends a prepared JSON answer: `Cache-Control: no-cache` with its ETag, so a client revalidates every time
 * and a repeat answers 304 without a body; brotli or gzip when the client accepts them. Written with the plain
 * Node calls: it is the whole cost of a held answer, and Express's send would redo the checks made here.
 */
export function sendPrepared(req: Request, res: Response, p: PreparedJson): void {
  res.setHeader('ETag', p.etag);
  res.setHeader('Cache-Control', 'no-cache');
  res.vary('Accept-Encoding');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (req.fresh) {
    res.statusCode = 304;
    res.end();
    return;
  }
  // Brotli first whenever it is accepted at all: it is the smaller, and both were made ahead.
  const encoding = req.acceptsEncodings('br') ? 'br' : req.acceptsEncodings('gzip') ? 'gzip' : 'identity';
  const body = encoding === 'br' ? p.br : encoding === 'gzip' ? p.gzip : p.body;
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : body);
}
