import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export class IngestInputError extends Error {
  override name = 'IngestInputError';
}

const KNOWN = /\.(jsonl|ndjson|csv|tsv|tab|txt|md|markdown|html?)$/i;

/** A file as given, or a folder's files of known kinds, sorted so runs are repeatable. */
export function listInputFiles(p: string): string[] {
  let st;
  try {
    st = statSync(p);
  } catch {
    throw new IngestInputError(`stategraph/ingest: ${p}: no such file or folder`);
  }
  if (st.isFile()) return [p];
  return readdirSync(p, { recursive: true, encoding: 'utf8' })
    .filter((f) => KNOWN.test(f) && !f.split(path.sep).some((part) => part.startsWith('.')))
    .map((f) => path.join(p, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}
