import type { Database } from '../../neo4j/database.ts';
import { rebuildNetwork } from './rebuild-network.ts';

/** The migration that introduced the per-month summaries; a graph migrating past it has events but no months yet. */
const summariesMigration = 'V0020__dyad_reads.cypher';

/** After `migrate`: fills the per-month summaries once when the migration that needs them was just applied. */
export async function backfillNetwork(
  db: Database,
  applied: readonly string[],
  log: (m: string) => void,
): Promise<void> {
  if (!applied.includes(summariesMigration)) return;
  log('building the per-month summaries of the state network (once, after migration V0020)');
  await rebuildNetwork(db);
}
