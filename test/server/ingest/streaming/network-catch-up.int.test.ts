import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../../../server/neo4j/database.ts';
import { loadCameoCodes } from '../../../../server/reference/cameo.ts';
import { ingestRecordStream, type RecordReader } from '../../../../server/ingest/streaming/ingest-record-stream.ts';
import { readRawRecords } from '../../../../server/ingest/streaming/read-raw-records.ts';
import { removeRefreshing } from '../../../support/remove-events.ts';
import { stateEvent } from '../../../support/state-event.ts';
import { openTestDb } from '../../../support/test-db.ts';
import { ensureReferenceWorld } from '../../../support/world.ts';

let db: Database;
const dir = mkdtempSync(path.join(os.tmpdir(), 'stategraph-catch-up-'));
const isOurs = "s.key IN ['user:catch-up-a.jsonl', 'user:catch-up-b.jsonl']";

/** n events of Vanuatu towards Samoa, spread over the months of 2035 (so no other test's). */
function file(name: string, n: number, offset = 0): string {
  const lines = Array.from({ length: n }, (_, k) => {
    const i = k + offset;
    const date = `2035-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return JSON.stringify({ ...stateEvent('VUT', 'WSM', ['036', '042', '112', '173'][i % 4]!, date), id: `cu-${i}` });
  });
  const p = path.join(dir, name);
  writeFileSync(p, `${lines.join('\n')}\n`);
  return p;
}

/** A reader whose second pass (the write) stops after `after` records, as a crash of the loader would. */
function stoppingReader(after: number): RecordReader {
  let passes = 0;
  return async function* (p, name, issues) {
    passes++;
    let n = 0;
    for await (const r of readRawRecords(p, name, issues)) {
      if (passes === 2 && ++n > after) throw new Error('loader stopped');
      yield r;
    }
  };
}

/** The pair's DYAD and months as stored, beside what its events give. */
async function pairNetwork() {
  const [r] = await db.read<{ dyad: number | null; events: number; months: [string, number | null, number][] }>(
    `MATCH (a:State {code: 'VUT'}), (b:State {code: 'WSM'})
     OPTIONAL MATCH (a)-[d:DYAD]->(b)
     CALL (a, b) {
       MATCH (e:Event {actorState: a.code, targetState: b.code})
       WITH substring(e.date, 0, 7) AS month, count(e) AS n
       OPTIONAL MATCH (m:DyadMonth {key: 'VUT|WSM|' + month})
       RETURN collect([month, m.count, n]) AS months, sum(n) AS events
     }
     RETURN d.count AS dyad, events, months`,
  );
  return r!;
}

const pending = async (key: string) =>
  (await db.read<{ p: boolean | null }>('MATCH (s:Source {key: $key}) RETURN s.networkPending AS p', { key }))[0]?.p ??
  null;

const removeOurs = async () => {
  await removeRefreshing(db, `MATCH (s:Source)<-[:FROM]-(e:Event) WHERE ${isOurs} WITH e AS x`);
  await removeRefreshing(db, "MATCH (x:Event) WHERE x.id STARTS WITH 'cu-'");
  await db.write(`MATCH (s:Source) WHERE ${isOurs} DETACH DELETE s`);
};

beforeAll(async () => {
  db = await openTestDb();
  await ensureReferenceWorld(db);
  await removeOurs();
}, 300_000);
afterAll(async () => {
  await removeOurs();
  await db.close();
}, 120_000);

describe('the state network of a streaming load', () => {
  it('leaves a stopped load marked, and the next load of the file counts every event once', async () => {
    const before = await pairNetwork();
    const a = file('catch-up-a.jsonl', 3000);
    await expect(
      ingestRecordStream(db, a, 'catch-up-a.jsonl', loadCameoCodes(), undefined, 1000, stoppingReader(2500)),
    ).rejects.toThrow('loader stopped');
    expect(await pending('user:catch-up-a.jsonl')).toBe(true);
    const stopped = await pairNetwork();
    // Whole batches were written, but none of them reached the network: it waits for the end of the load.
    expect(stopped.events - before.events).toBe(2000);
    expect(stopped.dyad).toBe(before.dyad);

    const summary = await ingestRecordStream(db, a, 'catch-up-a.jsonl', loadCameoCodes(), undefined, 1000);
    expect(summary.events).toMatchObject({ rows: 3000, created: 1000 });
    expect(await pending('user:catch-up-a.jsonl')).toBeNull();
    const after = await pairNetwork();
    expect(after.events - before.events).toBe(3000);
    expect(after.dyad).toBe(after.events);
    for (const [month, stored, counted] of after.months) expect([month, stored]).toEqual([month, counted]);
  }, 180_000);

  it('adds a later load of new events to the recounted network', async () => {
    const before = await pairNetwork();
    const b = file('catch-up-b.jsonl', 500, 10_000);
    const summary = await ingestRecordStream(db, b, 'catch-up-b.jsonl', loadCameoCodes(), undefined, 200);
    expect(summary.events).toMatchObject({ rows: 500, created: 500 });
    const after = await pairNetwork();
    expect(after.dyad).toBe((before.dyad ?? 0) + 500);
    expect(after.dyad).toBe(after.events);
    for (const [month, stored, counted] of after.months) expect([month, stored]).toEqual([month, counted]);
  }, 120_000);
});
