import { createHash } from 'node:crypto';

/** A content hash of a row's properties, so an unchanged row is recognised and left alone. */
export function rowHash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url');
}
