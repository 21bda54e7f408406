import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../../server/config/paths.ts';
import type { Database } from '../../../server/neo4j/database.ts';
import { ingestPaths } from '../../../server/ingest/ingest-paths.ts';
import { silentProgress } from '../../../server/ingest/progress.ts';
import { UserRecordError } from '../../../server/ingest/user-records/user-record-error.ts';
import { graphCounts } from '../../support/graph-counts.ts';
import { removeRefreshing } from '../../support/remove-events.ts';
import { stateEvent } from '../../support/state-event.ts';
import { openTestDb } from '../../support/test-db.ts';
import { ensureReferenceWorld } from '../../support/world.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'records-'));
const file = (name: string, lines: object[] | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, typeof lines === 'string' ? lines : `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return p;
};
const ingest = (db: Database, p: string) => ingestPaths(db, [p], silentProgress, () => {});

/** Removes what these tests load, so each run starts from the reference world alone. */
async function removeTestRecords(db: Database): Promise<void> {
  // Only the pairs the removed events fell in are recounted, as ingest does.
  await removeRefreshing(db, "MATCH (x)-[:FROM]->(s:Source) WHERE s.key STARTS WITH 'user:analyst'");
  await db.write("MATCH (s:Source) WHERE s.key STARTS WITH 'user:analyst' DETACH DELETE s");
  await db.write("MATCH (n) WHERE n.key IN ['ana-testova', 'TEST_AGENCY', 'TEST_OTHER'] DETACH DELETE n");
}

describe("users' own record files in the real Neo4j", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDb();
    await ensureReferenceWorld(db);
    await removeTestRecords(db);
  }, 240_000);
  afterAll(async () => {
    await removeTestRecords(db);
    await db.close();
  });

  it('a good JSON Lines file loads leaders, bodies, messages and events, and loading it again changes nothing', async () => {
    const good = file('analyst.jsonl', [
      {
        type: 'leader',
        name: 'Ana Testova',
        leads: [
          {
            state: 'MDA',
            role: 'foreign_minister',
            title: 'Minister of Foreign Affairs',
            start: '2030-01-01',
            end: null,
          },
        ],
      },
      { type: 'organization', key: 'TEST_AGENCY', name: 'Test Press Agency', kind: 'news_agency', state: 'MDA' },
      {
        type: 'message',
        id: 'test-msg-1',
        sender: { kind: 'Leader', key: 'ana-testova' },
        recipient: { kind: 'State', key: 'ROU' },
        kind: 'letter',
        date: '2030-02-01',
        quotes: ['We value our friendship'],
        reportedBy: [{ kind: 'Organization', key: 'TEST_AGENCY' }],
      },
      stateEvent('MDA', 'ROU', '042', '2030-02-02'),
    ]);
    const first = await ingest(db, good);
    expect(first.leaders?.created).toBe(1);
    expect(first.events?.created).toBe(1);
    const [row] = await db.read<{
      state: string;
      role: string;
      reporter: string;
      recipient: string;
      quotes: string[];
      line: number;
      source: string;
    }>(
      `MATCH (l:Leader {key: 'ana-testova'})-[r:LEADS]->(s:State), (l)-[:SENT]->(m:Message {id: 'test-msg-1'})-[:ADDRESSED_TO]->(to),
             (o:Organization {key: 'TEST_AGENCY'})-[:REPORTED]->(m), (m)-[f:FROM]->(src:Source)
       RETURN s.code AS state, r.role AS role, o.key AS reporter, to.code AS recipient, m.quotes AS quotes, f.line AS line, src.key AS source`,
    );
    expect(row).toEqual({
      state: 'MDA',
      role: 'foreign_minister',
      reporter: 'TEST_AGENCY',
      recipient: 'ROU',
      quotes: ['We value our friendship'],
      line: 3,
      source: 'user:analyst.jsonl',
    });
    const before = await graphCounts(db);
    const again = await ingest(db, good);
    expect(Object.values(again).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(await graphCounts(db)).toEqual(before);
  }, 60_000);

  it('when a record is malformed, nothing of the file is written and the error names file, line and field', async () => {
    const before = await graphCounts(db);
    const bad = path.join(projectRoot, 'test/fixtures/records/people.jsonl');
    const err = await ingest(db, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserRecordError);
    const message = (err as Error).message;
    expect(message).toContain('people.jsonl:3: cameo:');
    expect(message).toMatch(/people\.jsonl:4: leads\.0\.state:/);
    expect(message).toMatch(/people\.jsonl:5: type:/);
    expect(message).toMatch(/people\.jsonl:6: \(line\): not valid JSON/);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('when a record points at a node neither the graph nor the file holds, nothing is written and the error names it', async () => {
    const before = await graphCounts(db);
    const dangling = file('dangling.jsonl', [
      { type: 'organization', key: 'TEST_OTHER', name: 'Another Body', kind: 'other' },
      {
        type: 'event',
        actor: { kind: 'State', key: 'CHN' },
        target: { kind: 'Leader', key: 'nobody-at-all' },
        cameo: '036',
        date: '2020-01-01',
      },
    ]);
    await expect(ingest(db, dangling)).rejects.toThrow(/dangling\.jsonl:2: target: no Leader "nobody-at-all"/);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('a malformed CSV file names the line and field of each bad row', async () => {
    const before = await graphCounts(db);
    const bad = path.join(projectRoot, 'test/fixtures/records/bad.csv');
    await expect(ingest(db, bad)).rejects.toThrow(/bad\.csv:2: cameo:[\s\S]*bad\.csv:3: date:/);
    expect(await graphCounts(db)).toEqual(before);
  });
});
