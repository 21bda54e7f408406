import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '../../../../server/neo4j/database.ts';
import { runNamed } from '../../../../server/neo4j/run-named.ts';
import { eventRow, type EventRow } from '../../../../server/ingest/rows/event-row.ts';
import { makeStateOf } from '../../../../server/ingest/rows/state-of.ts';
import { nodeRow } from '../../../../server/ingest/rows/node-row.ts';
import { writeEventBatch } from '../../../../server/ingest/streaming/write-event-batch.ts';
import type { EventRecord } from '../../../../server/model/types.ts';
import { openTestDb } from '../../../support/test-db.ts';
import { ensureReferenceWorld } from '../../../support/world.ts';

const SOURCE = 'user:write-event-batch.jsonl';
let db: Database;

/** n events of Malta towards Cyprus in 2034, ids "web-<i>", as the record parser gives them. */
const rows = (from: number, to: number, line = 1): EventRow[] =>
  Array.from({ length: to - from }, (_, k) => {
    const i = from + k;
    const e: EventRecord = {
      id: `web-${i}`,
      actor: { kind: 'State', key: 'MLT', name: 'Malta' },
      target: { kind: 'State', key: 'CYP', name: 'Cyprus' },
      cameo: '042',
      root: '04',
      quad: 1,
      goldstein: 1.9,
      label: 'Make a visit',
      date: `2034-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      provenance: { source: SOURCE, line: line + k },
    };
    return eventRow(e, makeStateOf([], []));
  });

/** Our events and their FROM links (with the lines they carry). */
async function stored(): Promise<{ events: number; links: number; lines: number[] }> {
  const [r] = await db.read<{ events: number; links: number; lines: number[] }>(
    `MATCH (e:Event) WHERE e.id STARTS WITH 'web-'
     OPTIONAL MATCH (e)-[f:FROM]->(:Source {key: $k})
     RETURN count(DISTINCT e) AS events, count(f) AS links, collect(f.line) AS lines`,
    { k: SOURCE },
  );
  return r!;
}

const clean = () => db.write("MATCH (e:Event) WHERE e.id STARTS WITH 'web-' DETACH DELETE e");

beforeAll(async () => {
  db = await openTestDb();
  await ensureReferenceWorld(db);
  await clean();
  await runNamed(db, 'ingest/merge-sources', { rows: [nodeRow(SOURCE, { title: 'write-event-batch test' })] });
}, 300_000);
afterAll(async () => {
  await clean();
  await db.write('MATCH (s:Source {key: $k}) DETACH DELETE s', { k: SOURCE });
  await db.close();
});

describe('writeEventBatch', () => {
  it('creates new events with their actor, target and source, as the merge would', async () => {
    const done = await writeEventBatch(db, rows(0, 50));
    expect(done.created).toBe(50);
    expect(done.createdRows.map((r) => r.id)).toEqual(rows(0, 50).map((r) => r.id));
    const [e] = await db.read<{ p: Record<string, unknown>; a: string; b: string }>(
      `MATCH (a:State)-[:INITIATED]->(e:Event {id: 'web-7'})-[:DIRECTED_AT]->(b:State) RETURN properties(e) AS p, a.code AS a, b.code AS b`,
    );
    expect(e).toMatchObject({ a: 'MLT', b: 'CYP' });
    expect(e!.p).toMatchObject({ cameo: '042', root: '04', actorState: 'MLT', targetState: 'CYP', date: '2034-01-08' });
    expect(e!.p.rowHash).toBe(rows(7, 8)[0]!.hash);
    expect(await stored()).toMatchObject({ events: 50, links: 50 });
  });

  it('creates only the ids not yet stored when a batch holds both, and names just those as created', async () => {
    const done = await writeEventBatch(db, rows(40, 80));
    expect(done.created).toBe(30);
    expect(done.createdRows.map((r) => r.id)).toEqual(rows(50, 80).map((r) => r.id));
    expect(await stored()).toMatchObject({ events: 80, links: 80 });
  });

  it('stores an id given twice in one batch once, from its first row', async () => {
    const batch = [...rows(80, 90, 1000), ...rows(85, 86, 2000)];
    const done = await writeEventBatch(db, batch);
    expect(done.created).toBe(10);
    const [link] = await db.read<{ line: number }>(
      "MATCH (:Event {id: 'web-85'})-[f:FROM]->(:Source {key: $k}) RETURN f.line AS line",
      { k: SOURCE },
    );
    // One FROM per event and source: the repeated row's evidence replaces the line, as merge-events does.
    expect(link!.line).toBe(2000);
    expect(await stored()).toMatchObject({ events: 90, links: 90 });
  });

  it('creates each event once when two loads write the same new rows at the same time', async () => {
    const batch = rows(100, 1100);
    const [x, y] = await Promise.all([writeEventBatch(db, batch), writeEventBatch(db, batch)]);
    expect(x.created + y.created).toBe(1000);
    expect(x.createdRows.length + y.createdRows.length).toBe(1000);
    expect(await stored()).toMatchObject({ events: 1090, links: 1090 });
  }, 60_000);

  it('refuses rows whose actor is not in the graph rather than count them as created', async () => {
    const [bad] = rows(2000, 2001);
    await expect(writeEventBatch(db, [{ ...bad!, actor: 'State:NOWHERE' }])).rejects.toThrow(
      /write-event-batch: created 0 of 1 events/,
    );
    expect((await stored()).events).toBe(1090);
  });
});
