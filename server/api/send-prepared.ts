import type { Request, Response } from 'express';
import type { PreparedJson } from '../use-cases/prepared-json.ts';

/**
 * Sends a prepared JSON answer: `Cache-Control: no-cache` with its ETag, so a client revalidates every time
 * and a repeat answers 304 without a body; brotli or gzip when the client accepts them.
 */
export function sendPrepared(req: Request, res: Response, p: PreparedJson): void {
  res.set({ ETag: p.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' });
  res.type('application/json');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  // Brotli first whenever it is accepted at all: it is the smaller, and both were made ahead.
  const encoding = req.acceptsEncodings('br') ? 'br' : req.acceptsEncodings('gzip') ? 'gzip' : 'identity';
  const body = encoding === 'br' ? p.br : encoding === 'gzip' ? p.gzip : p.body;
  if (encoding === 'br' || encoding === 'gzip') res.set('Content-Encoding', encoding);
  res.send(body);
}
