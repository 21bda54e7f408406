import { describe, expect, it } from '@jest/globals';
import { Neo4jError } from '../../../server/neo4j/database-errors.ts';
import { mapError } from '../../../server/api/map-error.ts';
import { DatabaseBusyError, limitError, QueryDeadlineError } from '../../../server/neo4j/database-errors.ts';

describe('errors of a busy or slow database', () => {
  it('a connection wait that ran out is a 503 database_busy with Retry-After, never a 500', () => {
    const driverError = new Neo4jError(
      'Connection acquisition timed out in 2000 ms. Pool status: Active conn count = 16, Idle conn count = 0.',
      'N/A',
      '50N42',
      'error',
    );
    const typed = limitError(driverError, undefined, 0, 2000);
    expect(typed).toBeInstanceOf(DatabaseBusyError);
    expect(mapError(typed)).toMatchObject({ status: 503, code: 'database_busy', retryAfter: 2 });
  });

  it('a passed deadline is a 504 query_timeout naming the deadline; Neo4j being away is a 503 with Retry-After', () => {
    expect(mapError(new QueryDeadlineError(30_000))).toMatchObject({
      status: 504,
      code: 'query_timeout',
      message: expect.stringMatching(/30000 ms/),
    });
    expect(mapError(new Neo4jError('gone', 'ServiceUnavailable', '08N06', 'error'))).toMatchObject({
      status: 503,
      code: 'database_unavailable',
      retryAfter: 5,
    });
  });

  it('a path that cannot be percent-decoded is the client’s 400, not a 500', () => {
    expect(mapError(Object.assign(new URIError("Failed to decode param '%ff'"), { status: 400 }))).toMatchObject({
      status: 400,
      code: 'invalid_path',
    });
  });
});
