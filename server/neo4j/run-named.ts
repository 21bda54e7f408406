import type { Database, Params } from './database.ts';
import { namedQuery } from './named-queries.ts';
import type { RecordShape } from 'neo4j-driver';

/** Runs a named query with the routing its header declares; parameters it does not declare are refused. */
export async function runNamed<T extends RecordShape = RecordShape>(db: Database, name: string, params: Params = {}): Promise<T[]> {
  const q = namedQuery(name);
  const extra = Object.keys(params).filter((k) => !q.params.includes(k));
  if (extra.length > 0) throw new Error(`stategraph/run-named: ${name} does not take ${extra.map((k) => `$${k}`).join(', ')}`);
  const full = Object.fromEntries(q.params.map((p) => [p, params[p] ?? null]));
  return q.mode === 'read' ? db.read<T>(q.text, full) : db.write<T>(q.text, full);
}
