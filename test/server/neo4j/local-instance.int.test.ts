import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '../../../server/neo4j/database.ts';
import { openTestDb } from '../../support/test-db.ts';

describe('the Neo4j the project configures', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('listens on loopback only, bounds every transaction, and refuses file URLs in LOAD CSV', async () => {
    const rows = await db.read<{ name: string; value: string }>(
      `SHOW SETTINGS YIELD name, value WHERE name IN ['server.bolt.listen_address', 'db.transaction.timeout', 'db.memory.transaction.max',
        'dbms.security.allow_csv_import_from_file_urls', 'dbms.security.auth_enabled', 'server.http.enabled'] RETURN name, value`,
    );
    const s = Object.fromEntries(rows.map((r) => [r.name, r.value]));
    expect(s['server.bolt.listen_address']).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(s['db.transaction.timeout']).not.toMatch(/^(0|0s|PT0S)$/);
    expect(s['db.memory.transaction.max']).not.toMatch(/^0(\.00)?\s*[BKMG]?i?B?$/);
    expect(s['dbms.security.allow_csv_import_from_file_urls']).toBe('false');
    expect(s['dbms.security.auth_enabled']).toBe('true');
    expect(s['server.http.enabled']).toBe('false');
  });

  it('stops a transaction that runs past the timeout it was given', async () => {
    const session = db.driver.session({ database: db.name });
    try {
      await expect(
        session.executeRead((tx) => tx.run('UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*)'), {
          timeout: 1000,
        }),
      ).rejects.toThrow(/timeout|terminated/i);
    } finally {
      await session.close();
    }
  });

  it('refuses LOAD CSV from a file URL', async () => {
    await expect(db.read("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1")).rejects.toThrow(
      /file|not allowed|URL/i,
    );
  });
});
