import type { Database } from '../../server/neo4j/database.ts';
import { writeWorld } from '../../server/ingest/write-world.ts';
import { loadReferenceWorld } from '../../server/reference/load-reference-world.ts';

/** Loads the bundled reference world unless the graph already holds it; tests that empty the graph call it to restore. */
export async function ensureReferenceWorld(db: Database): Promise<void> {
  const [row] = await db.read<{ states: number; events: number }>(
    'CALL { MATCH (s:State) RETURN count(s) AS states } CALL { MATCH (e:Event) RETURN count(e) AS events } RETURN states, events',
  );
  if ((row?.states ?? 0) >= 250 && (row?.events ?? 0) > 100_000) return;
  await writeWorld(db, await loadReferenceWorld());
}
