import type { Database } from '../neo4j/database.ts';
import { sourceStore, type SourceRecord } from '../ingest/service/source-store.ts';

/** The configured sources (feeds, inbox, upload endpoint) with polling state, counts and last error. */
export async function listIngestSources(db: Database): Promise<{ items: SourceRecord[] }> {
  return { items: await sourceStore.list(db) };
}
