import type { Database } from '../neo4j/database.ts';
import { rebuildNetwork } from './network/rebuild-network.ts';

/** What a finished write brought, so the network update can be limited to it. */
export interface FinishedWrite {
  /** Documents created or replaced. */
  documents?: number;
  /** Events or messages written (from record files or the reference world). */
  facts?: number;
  /** Written around the writers (the offline bulk import): recount the whole network. */
  rebuild?: boolean;
}

/**
 * The one place an ingest write ends. The writers keep the state network current in each write's own transaction
 * (refreshDyads) and every write renews the graph's version stamp (Database), so caches see the change; only a load
 * that bypassed the writers (the offline bulk import) asks for the network to be recounted from the events.
 */
export async function finishWrite(db: Database, what: FinishedWrite): Promise<void> {
  if (what.rebuild && (what.documents ?? 0) + (what.facts ?? 0) > 0) await rebuildNetwork(db);
}
