// npm run bench:ingest — the reference world from empty, then the ICEWS events three ways on the same
// server and data: the project's batched loader, one row per transaction, and Neo4j's LOAD CSV.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeBatches } from '../server/ingest/write-batches.ts';
import { writeWorld } from '../server/ingest/write-world.ts';
import { eventRow, type EventRow } from '../server/ingest/rows/event-row.ts';
import { makeStateOf } from '../server/ingest/rows/state-of.ts';
import { namedQuery } from '../server/neo4j/named-queries.ts';
import { runNamed } from '../server/neo4j/run-named.ts';
import { loadReferenceWorld } from '../server/reference/load-reference-world.ts';
import { openBenchDb } from './bench-db.ts';

const ONE_ROW_SAMPLE = Number(process.env.BENCH_ONE_ROW_SAMPLE ?? 3000);
const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const db = await openBenchDb();
try {
  await db.autoCommit(namedQuery('admin/delete-all-relationships').text);
  await db.autoCommit(namedQuery('admin/delete-all').text);
  let t0 = process.hrtime.bigint();
  const world = await loadReferenceWorld();
  const parse = seconds(t0);
  await writeWorld(db, world);
  const whole = seconds(t0);
  console.log(`reference world from empty: ${whole.toFixed(1)} s (parsing ${parse.toFixed(1)} s), target < 60 s`);

  const stateOf = makeStateOf(world.leads, world.organizations);
  const rows = world.events.map((e) => eventRow(e, stateOf));
  const clear = () => db.autoCommit(namedQuery('admin/delete-events').text);

  await clear();
  t0 = process.hrtime.bigint();
  await writeBatches(db, 'ingest/merge-events', rows);
  const batched = rows.length / seconds(t0);

  await clear();
  const sample = rows.slice(0, ONE_ROW_SAMPLE);
  t0 = process.hrtime.bigint();
  for (const row of sample) await runNamed(db, 'ingest/merge-events', { rows: [row] });
  const oneRow = sample.length / seconds(t0);

  await clear();
  const csv = toCsv(rows);
  const server = createServer((_req, res) => res.end(csv)).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events.csv`;
  t0 = process.hrtime.bigint();
  await db.autoCommit(namedQuery('admin/load-events-csv').text, { url });
  const loadCsv = rows.length / seconds(t0);
  server.close();
  const [check] = await db.read<{ n: number }>('MATCH (e:Event) RETURN count(e) AS n');

  await clear();
  await writeBatches(db, 'ingest/merge-events', rows);
  await runNamed(db, 'ingest/rebuild-dyads');

  console.log(`ICEWS events: ${fmt(rows.length)} rows (LOAD CSV stored ${fmt(check?.n ?? 0)})`);
  console.log(`  project loader (UNWIND batches of 5,000): ${fmt(batched)} rows/s`);
  console.log(`  one row per transaction (${fmt(sample.length)}-row sample): ${fmt(oneRow)} rows/s`);
  console.log(`  LOAD CSV (IN TRANSACTIONS OF 5000 ROWS, over loopback HTTP): ${fmt(loadCsv)} rows/s`);
  console.log(`  loader / one-row = ${(batched / oneRow).toFixed(1)}x (target >= 20x)`);
  console.log(`  loader / LOAD CSV = ${(batched / loadCsv).toFixed(2)} (target >= 0.5)`);
} finally {
  await db.close();
}

function toCsv(rows: EventRow[]): string {
  const cols = ['id', 'hash', 'actor', 'target', 'source', 'line', 'cameo', 'root', 'quad', 'goldstein', 'label', 'date', 'actorName', 'targetName', 'actorState', 'targetState'];
  const cell = (v: unknown) => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = rows.map((r) => {
    const flat: Record<string, unknown> = { ...r.props, id: r.id, hash: r.hash, actor: r.actor, target: r.target, source: r.source, line: r.evidence.line };
    return cols.map((c) => cell(flat[c])).join(',');
  });
  return `${cols.join(',')}\n${lines.join('\n')}\n`;
}
