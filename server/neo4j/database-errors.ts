import { Neo4jError } from 'neo4j-driver';

/** The database's own limits stopped a call: the base of the errors below. */
export class DatabaseLimitError extends Error {
  override name = 'DatabaseLimitError';
}

/** No pooled connection came free within the wait: the database is busy, not broken. */
export class DatabaseBusyError extends DatabaseLimitError {
  override name = 'DatabaseBusyError';
  constructor(readonly waitedMs: number) {
    super(`no database connection came free within ${waitedMs} ms`);
  }
}

/** The client-side deadline passed; the transaction was reset and its connection given back. */
export class QueryDeadlineError extends DatabaseLimitError {
  override name = 'QueryDeadlineError';
  constructor(readonly deadlineMs: number) {
    super(`the query ran past its ${deadlineMs} ms deadline and was stopped`);
  }
}

const acquisitionTimedOut = (e: unknown): boolean =>
  e instanceof Error && e.message.startsWith('Connection acquisition timed out');

/** The driver's errors for the two limits, as typed errors; anything else unchanged. */
export function limitError(e: unknown, signal: AbortSignal | undefined, deadlineMs: number, waitMs: number): unknown {
  if (acquisitionTimedOut(e)) return new DatabaseBusyError(waitMs);
  if (signal?.aborted) return new QueryDeadlineError(deadlineMs);
  return e;
}

/** An error Neo4j itself reported (syntax, access mode, transient, unavailable…), with its status code. */
export const isNeo4jError = (e: unknown): e is Neo4jError => e instanceof Neo4jError;
export { Neo4jError };
