import type { Database } from '../../neo4j/database.ts';
import { namedQuery } from '../../neo4j/named-queries.ts';
import { runNamed } from '../../neo4j/run-named.ts';
import { refreshDyads } from './refresh-dyads.ts';

const batch = 5000;

/**
 * Rebuilds the whole state network from the events, for repair (`stategraph rebuild-network`) and after the
 * migration that introduced the per-month summaries: drops every summary, recounts the months one actor state
 * per transaction, then the DYADs from the months with the same query incremental ingest uses.
 */
export async function rebuildNetwork(db: Database): Promise<{ months: number; dyads: number }> {
  await db.autoCommit(namedQuery('dyads/delete-dyads').text);
  await db.autoCommit(namedQuery('dyads/delete-dyad-months').text);
  await db.autoCommit(namedQuery('dyads/rebuild-dyad-months').text);
  const pairs = await runNamed<{ a: string; b: string }>(db, 'dyads/list-dyad-month-pairs');
  pairs.sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
  for (let i = 0; i < pairs.length; i += batch) {
    await db.writeTransaction((tx) => refreshDyads(tx, { months: [], pairs: pairs.slice(i, i + batch) }));
  }
  const [row] = await runNamed<{ months: number; dyads: number }>(db, 'dyads/count-network');
  return { months: row?.months ?? 0, dyads: row?.dyads ?? 0 };
}
