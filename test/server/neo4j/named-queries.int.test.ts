import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '../../../server/neo4j/database.ts';
import { listNamedQueries, namedQuery } from '../../../server/neo4j/named-queries.ts';
import { explainQuery } from '../../../server/repositories/cypher-repository.ts';
import { openTestDb } from '../../support/test-db.ts';

// Every query the code runs is planned by the real Neo4j here, so a typo or a renamed label fails a test, not a user.
describe('every named query, as Neo4j plans it', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDb();
  }, 120_000);
  afterAll(async () => {
    await db.close();
  });

  it.each(listNamedQueries())('%s plans, and writes only if its header says so', async (name) => {
    const q = namedQuery(name);
    const plan = await explainQuery(db, q.text, {}, 10_000);
    if (q.mode === 'read') expect(plan.queryType).toBe('r');
    else expect(['w', 'rw', 's']).toContain(plan.queryType);
  });
});
