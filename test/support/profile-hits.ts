import type { Database } from '../../server/neo4j/database.ts';
import { namedQuery } from '../../server/neo4j/named-queries.ts';

interface ProfiledPlan {
  dbHits: number;
  children: ProfiledPlan[];
}

const sumHits = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((s, c) => s + sumHits(c), 0);

/** Total database hits of a named query under PROFILE, with every declared parameter given (absent ones null). */
export async function profileHits(
  db: Database,
  name: string,
  params: Record<string, unknown>,
): Promise<{ hits: number; rows: number }> {
  const q = namedQuery(name);
  const bound = Object.fromEntries(q.params.map((p) => [p, params[p] ?? null]));
  const result = await db.driver.executeQuery(`PROFILE ${q.text}`, bound, { database: db.name, routing: 'READ' });
  return { hits: sumHits(result.summary.profile as unknown as ProfiledPlan), rows: result.records.length };
}
