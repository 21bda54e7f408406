import type { Database } from '../neo4j/database.ts';
import { ingestPayload, type IngestPayload } from '../ingest/ingest-payload.ts';

export type { IngestPayload };

/** Writes user records or articles through the ingest module, returning its job id and summary. */
export async function ingestDocument(db: Database, payload: IngestPayload): Promise<{ job: string; summary: unknown }> {
  return ingestPayload(db, payload);
}
