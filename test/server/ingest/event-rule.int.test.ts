import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '../../../server/neo4j/database.ts';
import { ruleById } from '../../../server/extract/rules/registry.ts';
import { openTestDb } from '../../support/test-db.ts';
import { ensureSeedArticle } from '../../support/world.ts';

describe('events extracted from an article in the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDb();
    await ensureSeedArticle(db);
  }, 240_000);
  afterAll(async () => {
    await db.close();
  });

  it('name the rule that produced each of them, a rule of the registry', async () => {
    const rows = await db.read<{ rule: string | null }>(
      "MATCH (e:Event)-[:FROM]->(s:Source {kind: 'document'}) WHERE s.title STARTS WITH 'China Says Ready' RETURN e.rule AS rule",
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.rule !== null && ruleById(r.rule) !== undefined).toBe(true);
  });
});
