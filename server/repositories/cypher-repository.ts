import neo4j from 'neo4j-driver';
import type { Database, Params } from '../neo4j/database.ts';

export interface RawResult {
  columns: string[];
  rows: unknown[][];
  capped: boolean;
}

/** JSON numbers without a fraction become Cypher integers, so `LIMIT $n` works as users expect. */
function cypherParams(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(cypherParams);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cypherParams(x)]));
  return v;
}

export interface QueryPlan {
  /** 'r' read only, 'rw', 'w', or 's' schema. */
  queryType: string;
  /** Every operator of the plan tree, with its details (a procedure call names its procedure there). */
  operators: { type: string; details: string }[];
}

const operatorsOf = (plan: unknown): QueryPlan['operators'] => {
  const out: QueryPlan['operators'] = [];
  const walk = (
    p: { operatorType?: string; arguments?: Record<string, unknown>; children?: unknown[] } | false | undefined,
  ) => {
    if (!p) return;
    const details = p.arguments?.Details; // Neo4j writes an operator's details as one string
    out.push({
      type: String(p.operatorType ?? '').replace(/@.*$/, ''),
      details: typeof details === 'string' ? details : '',
    });
    for (const c of p.children ?? []) walk(c as typeof p);
  };
  walk(plan as Parameters<typeof walk>[0]);
  return out;
};

/**
 * What Neo4j's planner says the query does, without running it: its type and operators.
 * The plan is made in a read transaction too, so even a misjudged EXPLAIN cannot write.
 */
export async function explainQuery(db: Database, query: string, params: Params, timeoutMs: number): Promise<QueryPlan> {
  return db.withReadSession({ deadlineMs: timeoutMs }, async (session) => {
    const summary = await session.executeRead(
      (tx) => tx.run(`EXPLAIN ${query}`, cypherParams(params) as Params).summary(),
      { timeout: timeoutMs },
    );
    return { queryType: summary.queryType, operators: operatorsOf(summary.plan) };
  });
}

/**
 * Runs a user's query in a read transaction with a server-side timeout and a client-side deadline just after
 * it, reading at most rowCap rows; the rest of the stream is discarded on the server, not fetched.
 */
export async function runReadQuery(
  db: Database,
  query: string,
  params: Params,
  opts: { timeoutMs: number; rowCap: number },
): Promise<RawResult> {
  return db.withReadSession(
    { fetchSize: Math.min(opts.rowCap + 1, 1000), deadlineMs: opts.timeoutMs + 500 },
    (session) =>
      session.executeRead(
        async (tx) => {
          const result = tx.run(query, cypherParams(params));
          const rows: unknown[][] = [];
          let capped = false;
          for await (const record of result) {
            if (rows.length >= opts.rowCap) {
              capped = true;
              break;
            }
            rows.push([...record.values()]);
          }
          const columns = [...(await result.keys())];
          return { columns, rows, capped };
        },
        { timeout: opts.timeoutMs },
      ),
  );
}
