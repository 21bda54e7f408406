import type { Database } from '../neo4j/database.ts';
import { ingestPayload, type IngestPayload } from '../ingest/ingest-payload.ts';
import { AppError } from './app-error.ts';

export type { IngestPayload };

/**
 * Writes user records or articles through the ingest module as an ingest job, returning its id, summary and the reason
 * for each rejected document; when every document was rejected nothing was stored, and the answer is a 422 saying why.
 */
export async function ingestDocument(
  db: Database,
  payload: IngestPayload,
): Promise<{ job: string; summary: unknown; rejected: string[] }> {
  const { job, summary, rejected } = await ingestPayload(db, payload);
  const docs = summary.documents;
  if (docs && docs.rows > 0 && docs.rejected === docs.rows)
    throw new AppError(422, 'invalid_document', rejected.join('; ') || 'no document could be read');
  return { job, summary, rejected };
}
