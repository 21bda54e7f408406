import type { Database } from '../neo4j/database.ts';
import { feedSourceRow, type FeedSourceInput, type SourceRow } from '../ingest/service/source-spec.ts';
import { sourceStore } from '../ingest/service/source-store.ts';

/** Adds (or updates) a feed; the running ingest service polls it from its next round on. */
export async function addIngestSource(db: Database, input: FeedSourceInput): Promise<{ source: SourceRow }> {
  const row = feedSourceRow(input, 'api', 'body');
  await sourceStore.upsert(db, [row]);
  return { source: row };
}
