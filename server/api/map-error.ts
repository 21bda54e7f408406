import { ExtractError } from '../extract/errors.ts';
import { UserRecordError } from '../ingest/user-records/user-record-error.ts';
import { DatabaseBusyError, isNeo4jError, QueryDeadlineError, type Neo4jError } from '../neo4j/database-errors.ts';
import { AppError } from '../use-cases/app-error.ts';

export interface ApiErrorBody {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  /** Seconds, for the Retry-After header of an answer that says "try again". */
  retryAfter?: number;
}

const unavailable = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.AuthorizationExpired']);

// TransactionTimedOut and TransactionTimedOutClientConfiguration: the server stopped the transaction at its timeout.
export const isTimeout = (e: Neo4jError): boolean => e.code.includes('TransactionTimedOut');

/** Maps anything thrown in a request to a status and a message safe to show: never a stack trace, never internals. */
export function mapError(err: unknown): ApiErrorBody {
  if (err instanceof AppError) return { status: err.status, code: err.code, message: err.message };
  if (err instanceof UserRecordError)
    return { status: 422, code: 'invalid_records', message: err.message, details: err.issues };
  if (err instanceof DatabaseBusyError)
    return {
      status: 503,
      code: 'database_busy',
      message: 'every database connection is in use; try again shortly',
      retryAfter: 2,
    };
  if (err instanceof QueryDeadlineError)
    return {
      status: 504,
      code: 'query_timeout',
      message: `the query ran past its ${err.deadlineMs} ms deadline and was stopped`,
    };
  if (err instanceof ExtractError) return { status: 422, code: `invalid_document`, message: err.message };
  if (isNeo4jError(err)) {
    if (unavailable.has(err.code) || err.code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
      return {
        status: 503,
        code: 'database_unavailable',
        message: 'Neo4j does not answer; try again shortly',
        retryAfter: 5,
      };
    }
    if (isTimeout(err))
      return { status: 504, code: 'query_timeout', message: 'the query ran past the time limit and was stopped' };
    if (err.code.startsWith('Neo.TransientError'))
      return { status: 503, code: 'database_busy', message: 'Neo4j is busy; try again shortly', retryAfter: 2 };
  }
  // The router could not decode a path parameter (`/api/states/%ff`): the client's fault, said as such.
  if (err instanceof URIError)
    return {
      status: 400,
      code: 'invalid_path',
      message: `the path holds an invalid percent-escape: ${err.message.replace(/^Failed to decode param /, '')}`,
    };
  const e = err as { type?: string; status?: number; expose?: boolean; message?: string; limit?: number };
  // Errors of express.json(): the body is too large, malformed, or in an unknown encoding.
  if (e?.type === 'entity.too.large')
    return {
      status: 413,
      code: 'payload_too_large',
      message: `the body is larger than the ${e.limit} bytes this route accepts`,
    };
  if (e?.type === 'entity.parse.failed')
    return { status: 400, code: 'invalid_json', message: 'the body is not valid JSON' };
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose)
    return { status: e.status, code: 'bad_request', message: e.message ?? 'bad request' };
  return { status: 500, code: 'internal', message: 'internal error' };
}
