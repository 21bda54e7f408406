import type { Database, Params } from './database.ts';
import { namedQuery } from './named-queries.ts';
import type { ManagedTransaction, RecordShape } from 'neo4j-driver';

/** Binds a named query's declared parameters (absent ones as null); parameters it does not declare are refused. */
function bind(name: string, params: Params): { text: string; params: Params; mode: 'read' | 'write' } {
  const q = namedQuery(name);
  const extra = Object.keys(params).filter((k) => !q.params.includes(k));
  if (extra.length > 0)
    throw new Error(`stategraph/run-named: ${name} does not take ${extra.map((k) => `$${k}`).join(', ')}`);
  return { text: q.text, mode: q.mode, params: Object.fromEntries(q.params.map((p) => [p, params[p] ?? null])) };
}

/** Runs a named query inside a transaction the caller holds. */
export async function runNamedIn<T extends RecordShape = RecordShape>(
  tx: ManagedTransaction,
  name: string,
  params: Params = {},
): Promise<T[]> {
  const q = bind(name, params);
  const result = await tx.run(q.text, q.params);
  return result.records.map((r) => r.toObject() as T);
}

/** Runs a named query with the routing its header declares. */
export async function runNamed<T extends RecordShape = RecordShape>(
  db: Database,
  name: string,
  params: Params = {},
): Promise<T[]> {
  const q = bind(name, params);
  return q.mode === 'read' ? db.read<T>(q.text, q.params) : db.write<T>(q.text, q.params);
}
