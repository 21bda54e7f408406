import type { Database, Params } from '../neo4j/database.ts';
import { explainQuery, runReadQuery } from '../repositories/cypher-repository.ts';
import { badRequest } from './app-error.ts';
import { guardCypher } from './cypher-guard.ts';
import { paramsProblem } from './cypher-shape-limits.ts';
import { planProblem } from './plan-problem.ts';
import { graphFromValues } from './graph-from-values.ts';
import { plainValue } from '../neo4j/plain-value.ts';
import { userQueryError } from './user-query-error.ts';

export interface CypherLimits {
  timeoutMs: number;
  rowCap: number;
}

/**
 * Runs a user's read-only Cypher: the text and size checks first, then Neo4j's plan must be read only ('r'),
 * with no LOAD CSV and no procedure outside the allowlist; then it runs in a read transaction with a timeout
 * and a row cap.
 */
export async function runUserCypher(db: Database, limits: CypherLimits, input: { query: string; params: Params }) {
  const guard = guardCypher(input.query);
  if (!guard.ok) throw badRequest(guard.reason, 'query_refused');
  const params = paramsProblem(input.params);
  if (params) throw badRequest(params, 'query_refused');
  const plan = await explainQuery(db, guard.query, input.params, limits.timeoutMs).catch((e: unknown) => {
    throw userQueryError(e);
  });
  const refused = planProblem(plan.queryType, plan.operators);
  if (refused) throw badRequest(refused, 'query_refused');
  const started = performance.now();
  const result = await runReadQuery(db, guard.query, input.params, limits).catch((e: unknown) => {
    throw userQueryError(e);
  });
  return {
    columns: result.columns,
    rows: result.rows.map((r) => r.map(plainValue)),
    rowCount: result.rows.length,
    capped: result.capped,
    rowCap: limits.rowCap,
    ms: Math.round(performance.now() - started),
    graph: graphFromValues(result.rows),
  };
}
