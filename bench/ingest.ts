// npm run bench:ingest — the reference world from empty, then the ICEWS events on the same server and data: end to end
// through `stategraph ingest` on a record file (parse, validate, write, network update), the project's batched writer
// alone (write only) and with its network update, one row per transaction, and Neo4j's LOAD CSV as the baseline.
// Each way runs BENCH_RUNS times (default 3), in rounds on the same graph: median and spread.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../server/config/paths.ts';
import { addCreatedEventsToDyads } from '../server/ingest/network/refresh-dyads.ts';
import { deleteNetwork } from '../server/ingest/network/rebuild-network.ts';
import { writeBatches } from '../server/ingest/write-batches.ts';
import { writeWorld } from '../server/ingest/write-world.ts';
import { eventRow, type EventRow } from '../server/ingest/rows/event-row.ts';
import { makeStateOf } from '../server/ingest/rows/state-of.ts';
import type { EventRecord } from '../server/model/types.ts';
import { namedQuery } from '../server/neo4j/named-queries.ts';
import { runNamed } from '../server/neo4j/run-named.ts';
import { loadReferenceWorld } from '../server/reference/load-reference-world.ts';
import { openBench } from './bench-db.ts';
import { EVENTS_CSV_HEADER, eventsCsvLines } from './events-csv.ts';

const ONE_ROW_SAMPLE = Number(process.env.BENCH_ONE_ROW_SAMPLE ?? 3000);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const { db, connection } = await openBench();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
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
  const clear = async () => {
    await db.autoCommit(namedQuery('admin/delete-events').text);
    await deleteNetwork(db);
  };

  const csv = EVENTS_CSV_HEADER + eventsCsvLines(rows);
  const server = createServer((_req, res) => res.end(csv)).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events.csv`;
  // End to end: the same events as a record file in the project's format, through the command a user runs.
  const file = path.join(tmp, 'icews-events.jsonl');
  writeFileSync(file, `${world.events.map(recordLine).join('\n')}\n`);
  const sample = rows.slice(0, ONE_ROW_SAMPLE);
  const rates: Record<'writeOnly' | 'withNetwork' | 'oneRow' | 'loadCsv' | 'endToEnd', number[]> = {
    writeOnly: [],
    withNetwork: [],
    oneRow: [],
    loadCsv: [],
    endToEnd: [],
  };
  let check: { n: number } | undefined;
  let stored: { n: number; dyads: number } | undefined;
  // Every way, once a round, on the same graph emptied of events before each; the rounds give the spread.
  for (let round = 0; round < RUNS; round++) {
    await clear();
    t0 = process.hrtime.bigint();
    await writeBatches(db, 'ingest/merge-events', rows);
    rates.writeOnly.push(rows.length / seconds(t0));

    await clear();
    t0 = process.hrtime.bigint();
    await writeBatches(db, 'ingest/merge-events', rows, {
      inTransaction: (tx, batch, answer) =>
        addCreatedEventsToDyads(tx, batch as EventRow[], (answer?.createdIds as string[] | undefined) ?? []),
    });
    rates.withNetwork.push(rows.length / seconds(t0));

    await clear();
    t0 = process.hrtime.bigint();
    for (const row of sample) await runNamed(db, 'ingest/merge-events', { rows: [row] });
    rates.oneRow.push(sample.length / seconds(t0));

    await clear();
    t0 = process.hrtime.bigint();
    await db.autoCommit(namedQuery('admin/load-events-csv').text, { url });
    rates.loadCsv.push(rows.length / seconds(t0));
    [check] = await db.read<{ n: number }>('MATCH (e:Event) RETURN count(e) AS n');

    await clear();
    t0 = process.hrtime.bigint();
    const cli = spawnSync(process.execPath, [path.join(projectRoot, 'bin/stategraph.js'), 'ingest', file], {
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_USER: connection.user,
        NEO4J_PASSWORD: connection.password,
      },
      encoding: 'utf8',
    });
    rates.endToEnd.push(world.events.length / seconds(t0));
    if (cli.status !== 0) throw new Error(`stategraph ingest failed: ${cli.stderr}`);
    [stored] = await db.read<{ n: number; dyads: number }>(
      'CALL { MATCH (e:Event) RETURN count(e) AS n } CALL { MATCH ()-[d:DYAD]->() RETURN count(d) AS dyads } RETURN n, dyads',
    );
  }
  server.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const shown = (xs: number[]) =>
    `${fmt(median(xs))} rows/s (${xs.length > 1 ? `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}` : 'one run'})`;
  const endToEnd = median(rates.endToEnd);
  const writeOnly = median(rates.writeOnly);
  const loadCsv = median(rates.loadCsv);
  const oneRow = median(rates.oneRow);

  // Leave the bench graph as the reference world loads it.
  await clear();
  await writeBatches(db, 'ingest/merge-events', rows, {
    inTransaction: (tx, batch, answer) =>
      addCreatedEventsToDyads(tx, batch as EventRow[], (answer?.createdIds as string[] | undefined) ?? []),
  });

  console.log(
    `ICEWS events, median of ${RUNS} rounds (spread): ${fmt(rows.length)} rows (LOAD CSV stored ${fmt(check?.n ?? 0)}; the CLI ${fmt(stored?.n ?? 0)} events, ${fmt(stored?.dyads ?? 0)} DYADs)`,
  );
  console.log(
    `  stategraph ingest <file> end to end (parse, validate, write, network update): ${shown(rates.endToEnd)}`,
  );
  console.log(
    `  writer with its network update (rows built in advance):                      ${shown(rates.withNetwork)}`,
  );
  console.log(
    `  writer only (UNWIND batches of 5,000, rows built in advance):                ${shown(rates.writeOnly)}`,
  );
  console.log(
    `  one row per transaction (${fmt(sample.length)}-row sample):                                ${shown(rates.oneRow)}`,
  );
  console.log(
    `  LOAD CSV (IN TRANSACTIONS OF 5000 ROWS, over loopback HTTP, no network update):  ${shown(rates.loadCsv)}`,
  );
  console.log(
    `  end to end / LOAD CSV = ${(endToEnd / loadCsv).toFixed(2)}; write only / LOAD CSV = ${(writeOnly / loadCsv).toFixed(2)} (target >= 0.5)`,
  );
  console.log(`  write only / one-row = ${(writeOnly / oneRow).toFixed(1)}x (target >= 20x)`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
  await db.close();
}

/** An ICEWS event as a line of a user record file (server/ingest/user-records/FORMAT.md). */
function recordLine(e: EventRecord): string {
  const ref = (a: EventRecord['actor']) => ({ kind: a.kind, key: a.key, name: a.name });
  return JSON.stringify({
    type: 'event',
    id: e.id,
    actor: ref(e.actor),
    target: ref(e.target),
    cameo: e.cameo,
    date: e.date,
    actorSector: e.actorSector,
    targetSector: e.targetSector,
  });
}
