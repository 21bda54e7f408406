import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../neo4j/database.ts';
import { AppError } from './app-error.ts';

export interface IngestPayload {
  format: 'records' | 'articles';
  filename: string;
  content: string;
}

type IngestFn = (db: Database, payload: IngestPayload) => Promise<unknown>;

const modulePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../ingest/ingest-payload.ts');

// The ingest function belongs to the ingest module; it is loaded when first needed so the API
// also runs in a checkout where it is missing (the route then answers 501).
let loaded: Promise<IngestFn | null> | null = null;
const loadIngest = (): Promise<IngestFn | null> =>
  (loaded ??= existsSync(modulePath)
    ? import(modulePath).then((m: { ingestPayload?: IngestFn }) => m.ingestPayload ?? null)
    : Promise.resolve(null));

/** Writes user records or articles through the ingest module, returning its summary. */
export async function ingestDocument(db: Database, payload: IngestPayload): Promise<{ summary: unknown }> {
  const ingest = await loadIngest();
  if (!ingest) throw new AppError(501, 'not_implemented', 'ingest is not available in this build');
  return { summary: await ingest(db, payload) };
}
