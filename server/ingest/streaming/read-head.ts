import { closeSync, openSync, readSync } from 'node:fs';

/** The first `bytes` of a file as text, enough to tell records from articles without reading it all. */
export function readHead(file: string, bytes = 64 * 1024): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
