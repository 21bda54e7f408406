import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cypherDir } from '../../../server/config/paths.ts';
import type { Database } from '../../../server/neo4j/database.ts';
import { migrate, MigrationChecksumError, readMigrations } from '../../../server/neo4j/migrate.ts';
import { openTestDb } from '../../support/test-db.ts';

describe('migrate against the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('records every migration with its checksum, and a second run applies nothing', async () => {
    const again = await migrate(db);
    expect(again.applied).toEqual([]);
    const files = readMigrations().map((m) => m.file);
    expect(again.skipped).toEqual(files);
    const rows = await db.read<{ file: string; checksum: string }>(
      'MATCH (m:__Migration) RETURN m.file AS file, m.checksum AS checksum ORDER BY m.version',
    );
    expect(rows.map((r) => r.file)).toEqual(files);
    expect(rows.map((r) => r.checksum)).toEqual(readMigrations().map((m) => m.checksum));
  });

  it('creates a uniqueness constraint on every node key and the full-text index over names', async () => {
    const constraints = await db.read<{ label: string; prop: string }>(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS prop",
    );
    const pairs = constraints.map((c) => `${c.label}.${c.prop}`);
    for (const key of [
      'State.code',
      'Leader.key',
      'Organization.key',
      'Sanction.key',
      'Message.id',
      'Event.id',
      'Source.key',
    ])
      expect(pairs).toContain(key);
    const ft = await db.read<{ name: string; labels: string[] }>(
      'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes RETURN name, labelsOrTypes AS labels',
    );
    expect(ft.find((i) => i.name === 'entity_names')?.labels).toEqual(
      expect.arrayContaining(['State', 'Leader', 'Organization', 'Sanction']),
    );
  });

  it('gives a DYAD written before V0050 the Goldstein sum of its months, in a transaction rolled back after', async () => {
    const v0050 = readMigrations().find((m) => m.file.startsWith('V0050__'))!;
    const rolledBack = new Error('rolled back');
    let sum: unknown;
    await expect(
      db.writeTransaction(async (tx) => {
        await tx.run(
          `CREATE (a:State {code: 'QQA'})-[:DYAD {count: 3, goldsteinMean: -1.0}]->(b:State {code: 'QQB'})
           CREATE (:DyadMonth {key: 'QQA|QQB|2031-01', a: 'QQA', b: 'QQB', month: '2031-01', goldsteinSum: -500})
           CREATE (:DyadMonth {key: 'QQA|QQB|', a: 'QQA', b: 'QQB', month: '', goldsteinSum: 200})`,
        );
        for (const statement of v0050.statements) await tx.run(statement);
        const r = await tx.run(
          "MATCH (:State {code: 'QQA'})-[d:DYAD]->(:State {code: 'QQB'}) RETURN d.goldsteinSum AS g",
        );
        sum = r.records[0]?.get('g');
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(Number(sum)).toBe(-300);
    expect(await db.read("MATCH (s:State) WHERE s.code IN ['QQA', 'QQB'] RETURN s")).toEqual([]);
  });

  it('when an applied migration file was edited, refuses and names the file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    cpSync(path.join(cypherDir, 'migrations'), dir, { recursive: true });
    const first = readMigrations(dir)[0]!;
    writeFileSync(path.join(dir, first.file), `${readMigrations(dir)[0]!.statements.join(';\n')};\n// edited\n`);
    const edited = readMigrations(dir);
    await expect(migrate(db, edited)).rejects.toThrow(MigrationChecksumError);
    await expect(migrate(db, edited)).rejects.toThrow(first.file);
  });
});
