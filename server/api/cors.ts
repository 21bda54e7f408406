import type { RequestHandler } from 'express';

/** CORS for one configured origin only; with none configured no CORS header is ever sent. */
export function cors(origin: string): RequestHandler {
  const allowed = new URL(origin).origin;
  return (req, res, next) => {
    res.vary('Origin');
    if (req.get('origin') !== allowed) return next();
    res.set('Access-Control-Allow-Origin', allowed);
    if (req.method === 'OPTIONS') {
      res.set('Access-Control-Allow-Methods', 'GET, POST');
      res.set('Access-Control-Allow-Headers', 'Content-Type, Authorization');
      res.set('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
