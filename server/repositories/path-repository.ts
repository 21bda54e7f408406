import type { Path } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';
import { int } from './integer-params.ts';

export const findShortestPaths = async (
  db: Database,
  p: { from: string; to: string; limit: number },
): Promise<Path[]> =>
  (await runNamed<{ path: Path }>(db, 'path/find-shortest-paths', { ...p, limit: int(p.limit) })).map((r) => r.path);

export const findEntities = async (db: Database, uids: string[]): Promise<Set<string>> =>
  new Set((await runNamed<{ uid: string }>(db, 'path/find-entities', { uids })).map((r) => r.uid));
