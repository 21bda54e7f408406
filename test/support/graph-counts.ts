import type { Database } from '../../server/neo4j/database.ts';
import { readStats, type GraphStats } from '../../server/stats/read-stats.ts';

/**
 * Node counts per label and relationship counts per type, plus property totals, so "nothing changed" is checked in
 * full. `withoutJobs` leaves out the ingest service's own IngestJob records, which every upload adds, failed or not.
 */
export async function graphCounts(
  db: Database,
  opts: { withoutJobs?: boolean } = {},
): Promise<GraphStats & { properties: number }> {
  const stats = await readStats(db);
  if (opts.withoutJobs) delete stats.nodes.IngestJob;
  const [row] = await db.read<{ n: number }>(
    `CALL { MATCH (n) WHERE NOT ($withoutJobs AND n:IngestJob) RETURN sum(size(keys(n))) AS a }
     CALL { MATCH ()-[r]->() RETURN sum(size(keys(r))) AS b } RETURN a + b AS n`,
    { withoutJobs: opts.withoutJobs ?? false },
  );
  return { ...stats, properties: row?.n ?? 0 };
}
