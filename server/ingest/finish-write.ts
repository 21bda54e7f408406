import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';

/** What a finished write brought, so the network update can be limited to it. */
export interface FinishedWrite {
  /** Documents created or replaced. */
  documents?: number;
  /** Events or messages written (from record files or the reference world). */
  facts?: number;
}

/**
 * The one place an ingest write ends. It brings the state network (DYAD) up to date — today a full
 * rebuild; the incremental per-pair update replaces this one call — and is where a cache keyed on the
 * graph's version should be told that the graph changed.
 */
export async function finishWrite(db: Database, what: FinishedWrite): Promise<void> {
  if ((what.documents ?? 0) + (what.facts ?? 0) === 0) return;
  await runNamed(db, 'ingest/rebuild-dyads');
}
