import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';

/** The graph's version stamp, renewed by every write (null before the first). */
export const readGraphVersion = async (db: Database): Promise<string | null> =>
  (await runNamed<{ stamp: string | null }>(db, 'admin/read-graph-version'))[0]?.stamp ?? null;
