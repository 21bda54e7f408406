import neo4j from 'neo4j-driver';
import type { Database, Params } from '../neo4j/database.ts';

export interface RawResult {
  columns: string[];
  rows: unknown[][];
  capped: boolean;
}

/** JSON numbers without a fraction become Cypher integers, so `LIMIT $n` works as users expect. */
export function cypherParams(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(cypherParams);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cypherParams(x)]));
  return v;
}

const readSession = (db: Database, fetchSize?: number) =>
  db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ, ...(fetchSize ? { fetchSize } : {}) });

/**
 * What Neo4j's planner says the query does, without running it: 'r' read only, 'rw', 'w', or 's' schema.
 * The plan is made in a read transaction too, so even a misjudged EXPLAIN cannot write.
 */
export async function explainQueryType(db: Database, query: string, params: Params, timeoutMs: number): Promise<string> {
  const session = readSession(db);
  try {
    const summary = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, cypherParams(params) as Params).summary(), { timeout: timeoutMs });
    return summary.queryType;
  } finally {
    await session.close();
  }
}

/**
 * Runs a user's query in a read transaction with a server-side timeout, reading at most rowCap rows;
 * the rest of the stream is discarded on the server, not fetched.
 */
export async function runReadQuery(db: Database, query: string, params: Params, opts: { timeoutMs: number; rowCap: number }): Promise<RawResult> {
  const session = readSession(db, Math.min(opts.rowCap + 1, 1000));
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(query, cypherParams(params) as Params);
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
    );
  } finally {
    await session.close();
  }
}
