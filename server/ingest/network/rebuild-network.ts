import type { Database } from '../../neo4j/database.ts';
import { runNamed } from '../../neo4j/run-named.ts';
import { refreshDyads } from './refresh-dyads.ts';

const batch = 5000;

/** Repeats a bounded delete, one short transaction each, until nothing is left. */
async function deleteAll(db: Database, query: string): Promise<void> {
  for (;;) {
    const [r] = await runNamed<{ deleted: number }>(db, query);
    if ((r?.deleted ?? 0) === 0) return;
  }
}

/** Drops every DYAD and per-month summary (the first step of a rebuild; benchmarks clear with it too). */
export async function deleteNetwork(db: Database): Promise<void> {
  await deleteAll(db, 'dyads/delete-dyads');
  await deleteAll(db, 'dyads/delete-dyad-months');
}

/**
 * Rebuilds the whole state network from the events, for repair (`stategraph rebuild-network`) and after the
 * migration that introduced the per-month summaries: drops every summary, recounts the months one actor state
 * per transaction, then the DYADs from the months with the same query incremental ingest uses. Every transaction
 * is short, so a large graph stays within the server's transaction timeout and memory limit.
 */
export async function rebuildNetwork(db: Database): Promise<{ months: number; dyads: number }> {
  await deleteNetwork(db);
  for (const { code } of await runNamed<{ code: string }>(db, 'dyads/list-state-codes'))
    await runNamed(db, 'dyads/rebuild-dyad-months', { code });
  const pairs = await runNamed<{ a: string; b: string }>(db, 'dyads/list-dyad-month-pairs');
  pairs.sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
  for (let i = 0; i < pairs.length; i += batch) {
    await db.writeTransaction((tx) => refreshDyads(tx, { months: [], pairs: pairs.slice(i, i + batch) }));
  }
  // Every event is counted now, so no load's source is left marked as waiting for the network.
  await runNamed(db, 'dyads/clear-all-network-pending');
  const [row] = await runNamed<{ months: number; dyads: number }>(db, 'dyads/count-network');
  return { months: row?.months ?? 0, dyads: row?.dyads ?? 0 };
}
