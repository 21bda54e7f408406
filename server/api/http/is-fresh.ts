import type { IncomingHttpHeaders } from 'node:http';

const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');

/**
 * Whether the client's copy is current, so a 304 without a body answers: its If-None-Match names this ETag
 * (weak comparison, as for GET) or is "*", and it did not ask for a fresh answer with Cache-Control: no-cache.
 * Only ETags are compared: prepared answers carry no Last-Modified.
 */
export function isFresh(headers: IncomingHttpHeaders, etag: string): boolean {
  const match = headers['if-none-match'];
  if (!match) return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/i.test(headers['cache-control'] ?? '')) return false;
  if (match.trim() === '*') return true;
  const ours = opaque(etag);
  return match.split(',').some((tag) => opaque(tag) === ours);
}
