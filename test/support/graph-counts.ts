import type { Database } from '../../server/neo4j/database.ts';
import { readStats, type GraphStats } from '../../server/stats/read-stats.ts';

/** Node counts per label and relationship counts per type, plus property totals, so "nothing changed" is checked in full. */
export async function graphCounts(db: Database): Promise<GraphStats & { properties: number }> {
  const stats = await readStats(db);
  const [row] = await db.read<{ n: number }>(
    'CALL { MATCH (n) RETURN sum(size(keys(n))) AS a } CALL { MATCH ()-[r]->() RETURN sum(size(keys(r))) AS b } RETURN a + b AS n',
  );
  return { ...stats, properties: row?.n ?? 0 };
}
