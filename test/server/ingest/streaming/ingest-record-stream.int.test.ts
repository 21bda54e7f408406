import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../../../server/neo4j/database.ts';
import { loadCameoCodes } from '../../../../server/reference/cameo.ts';
import { ingestRecordStream } from '../../../../server/ingest/streaming/ingest-record-stream.ts';
import { UserRecordError } from '../../../../server/ingest/user-records/user-record-error.ts';
import { counts, openTestDb } from '../../../support/test-db.ts';
import { ensureReferenceWorld } from '../../../support/world.ts';
import { removeRefreshing } from '../../../support/remove-events.ts';

let db: Database;
const dir = mkdtempSync(path.join(os.tmpdir(), 'stategraph-stream-'));
const SOURCE = 'user:stream-events.jsonl';

/** n events between a few states, one per line, on distinct days of 2032 so they are ours alone. */
function eventLines(n: number): string[] {
  const pairs = [
    ['CHN', 'PRK'],
    ['USA', 'KOR'],
    ['FRA', 'DEU'],
    ['BRA', 'ARG'],
  ];
  return Array.from({ length: n }, (_, i) => {
    const [a, b] = pairs[i % pairs.length]!;
    const day = new Date(Date.UTC(2032, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
    return JSON.stringify({
      type: 'event',
      actor: { kind: 'State', key: a },
      target: { kind: 'State', key: b },
      cameo: ['036', '042', '112', '173'][i % 4],
      date: day,
    });
  });
}

beforeAll(async () => {
  db = await openTestDb();
  await ensureReferenceWorld(db);
}, 300_000);
afterAll(async () => {
  await removeRefreshing(db, 'MATCH (x:Event)-[:FROM]->(:Source {key: $k})', { k: SOURCE });
  await db.write('MATCH (s:Source {key: $k}) DETACH DELETE s', { k: SOURCE });
  await db.write("MATCH (a:Actor {key: 'STREAM_ACTOR'}) DETACH DELETE a");
  await db.close();
}, 120_000);

describe('a record file loaded in two streaming passes', () => {
  it('writes nothing when one record near the end of 12,000 is bad, and names its line', async () => {
    const lines = eventLines(12_000);
    lines.splice(
      11_990,
      0,
      '{"type":"event","actor":{"kind":"State","key":"CHN"},"target":{"kind":"State","key":"PRK"},"cameo":"999","date":"2032-02-01"}',
    );
    const file = path.join(dir, 'stream-events.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const before = await counts(db);
    const err = await ingestRecordStream(db, file, 'stream-events.jsonl', loadCameoCodes(), undefined, 1000).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserRecordError);
    expect((err as UserRecordError).message).toMatch(/stream-events\.jsonl:11991: cameo/);
    expect(await counts(db)).toEqual(before);
  }, 120_000);

  it('writes nothing when a record names an actor that exists nowhere, and names where', async () => {
    const lines = eventLines(3000);
    lines.push(
      '{"type":"event","actor":{"kind":"Leader","key":"nobody-at-all"},"target":{"kind":"State","key":"PRK"},"cameo":"036","date":"2032-02-01"}',
    );
    const file = path.join(dir, 'stream-events.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const before = await counts(db);
    await expect(
      ingestRecordStream(db, file, 'stream-events.jsonl', loadCameoCodes(), undefined, 1000),
    ).rejects.toThrow(/stream-events\.jsonl:3001: actor: no Leader "nobody-at-all"/);
    expect(await counts(db)).toEqual(before);
  }, 120_000);

  it('writes every event of a file larger than a batch once, and a second load adds nothing', async () => {
    const lines = eventLines(12_000);
    lines.push(
      '{"type":"event","actor":{"kind":"Actor","key":"STREAM_ACTOR","name":"Stream Actor"},"target":{"kind":"State","key":"PRK"},"cameo":"036","date":"2032-02-01"}',
    );
    const file = path.join(dir, 'stream-events.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const summary = await ingestRecordStream(db, file, 'stream-events.jsonl', loadCameoCodes(), undefined, 1000);
    expect(summary.events).toMatchObject({ rows: 12_001, created: 12_001, rejected: 0 });
    const [row] = await db.read<{ n: number; dyad: number }>(
      `MATCH (e:Event)-[:FROM]->(:Source {key: $k}) WITH count(e) AS n
       MATCH (:State {code: 'FRA'})-[d:DYAD]->(:State {code: 'DEU'}) RETURN n, d.count AS dyad`,
      { k: SOURCE },
    );
    expect(row!.n).toBe(12_001);
    expect(row!.dyad).toBeGreaterThanOrEqual(3000);
    const before = await counts(db);
    const again = await ingestRecordStream(db, file, 'stream-events.jsonl', loadCameoCodes(), undefined, 1000);
    expect(again.events).toMatchObject({ rows: 12_001, created: 0 });
    expect(await counts(db)).toEqual(before);
  }, 180_000);
});
