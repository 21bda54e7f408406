import { isNeo4jError } from '../neo4j/database-errors.ts';
import { AppError, badRequest } from './app-error.ts';

/**
 * Errors of a user's query that are the query's fault become 400s with Neo4j's first line of explanation
 * (syntax, types, missing parameters, a write in a read transaction, too much memory); timeouts and an
 * unreachable database pass through to the API's own mapping.
 */
export function userQueryError(err: unknown): unknown {
  if (!isNeo4jError(err)) return err;
  const message = (err.message.split('\n')[0] ?? '').slice(0, 500);
  if (err.code.includes('TransactionTimedOut')) return err;
  if (
    err.code === 'Neo.ClientError.Statement.AccessMode' ||
    err.code.startsWith('Neo.ClientError.Security.Forbidden')
  ) {
    return badRequest(`refused by Neo4j: ${message}`, 'query_refused');
  }
  if (err.code.includes('MemoryPoolOutOfMemoryError') || err.code.includes('MemoryLimit')) {
    return new AppError(
      400,
      'query_too_large',
      'the query needs more memory than a query may use; narrow it or add LIMIT',
    );
  }
  if (
    err.code.startsWith('Neo.ClientError.Statement') ||
    err.code.startsWith('Neo.ClientError.Procedure') ||
    err.code.startsWith('Neo.ClientError.Schema')
  ) {
    return badRequest(message, 'cypher_error');
  }
  return err;
}
