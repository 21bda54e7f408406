import { allowedProcedures } from './cypher-guard.ts';

export interface PlanOperator {
  type: string;
  details: string;
}

/**
 * Why Neo4j's plan of a user query is refused, or null: judged on what Neo4j will do, whatever the text
 * looked like. LOAD CSV fetches URLs from the database server; procedures outside the allowlist can do anything.
 */
export function planProblem(queryType: string, operators: PlanOperator[]): string | null {
  for (const op of operators) {
    if (op.type === 'LoadCSV') return 'the plan loads CSV from a URL (LOAD CSV), which is not allowed';
    if (op.type.startsWith('ProcedureCall')) {
      const name = /^\s*([A-Za-z0-9_.`]+)\s*\(/.exec(op.details)?.[1]?.replace(/`/g, '') ?? op.details;
      if (!allowedProcedures.has(name.toLowerCase())) {
        return `the plan calls the procedure ${name}, which is not allowed; allowed procedures: ${[...allowedProcedures].join(', ')}`;
      }
    }
  }
  if (queryType !== 'r')
    return `Neo4j plans this query as ${queryType === 's' ? 'a schema change' : 'a write'} (${queryType}); only read queries are allowed`;
  return null;
}
