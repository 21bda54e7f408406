import type { Database } from '../../server/neo4j/database.ts';
import { dyadTouches } from '../../server/ingest/network/dyad-touches.ts';
import { refreshDyads } from '../../server/ingest/network/refresh-dyads.ts';

/**
 * Deletes the nodes a test's cleanup query matches as `x` (events, messages and their sources alike) and recounts the
 * state network for the events among them, in one transaction, as the ingest writers do: a cleanup that leaves DYADs
 * counting deleted events would make the network disagree with a full rebuild for every later test.
 */
export async function removeRefreshing(
  db: Database,
  match: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  await db.writeTransaction(async (tx) => {
    const gone = await tx.run(
      `${match}
       WITH DISTINCT x, CASE WHEN x:Event THEN x.actorState END AS a, CASE WHEN x:Event THEN x.targetState END AS b, x.date AS date
       DETACH DELETE x
       RETURN a, b, date`,
      params,
    );
    await refreshDyads(
      tx,
      dyadTouches(gone.records.map((r) => r.toObject() as { a: string | null; b: string | null; date: string | null })),
    );
  });
}
