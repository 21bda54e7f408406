// npm run bench:scale [-- --sizes 100000,1000000] — synthetic CAMEO events in the project's record format, loaded
// by the streaming loader in a child process (rows/s, its peak memory) against Neo4j's LOAD CSV of the same rows,
// in BENCH_RUNS rounds, then the time to ingest one new article at that size; --bulk-sizes load through the offline importer into an empty
// database. Each size replaces the previous synthetic events; the reference world stays.
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { projectRoot } from '../server/config/paths.ts';
import { gazetteerFromGraph } from '../server/ingest/documents/load-gazetteer.ts';
import { finishWrite } from '../server/ingest/finish-write.ts';
import { rebuildNetwork } from '../server/ingest/network/rebuild-network.ts';
import { ingestArticleFile } from '../server/ingest/ingest-article-file.ts';
import { loadConfig } from '../server/config/load-config.ts';
import type { BulkTimings } from '../server/ingest/bulk/bulk-import.ts';
import { localInstance } from '../server/neo4j/connect.ts';
import { openDatabase, type Database } from '../server/neo4j/database.ts';
import { localConnection, startNeo4j, stopNeo4j } from '../server/neo4j/local-instance.ts';
import { eventRow } from '../server/ingest/rows/event-row.ts';
import { makeStateOf } from '../server/ingest/rows/state-of.ts';
import { createRecordParser } from '../server/ingest/user-records/parse-user-records.ts';
import { writeWorld } from '../server/ingest/write-world.ts';
import { namedQuery } from '../server/neo4j/named-queries.ts';
import { loadCameoCodes } from '../server/reference/cameo.ts';
import { loadReferenceWorld } from '../server/reference/load-reference-world.ts';
import { openBenchDb } from './bench-db.ts';
import { EVENTS_CSV_HEADER, eventsCsvLines } from './events-csv.ts';
import { seededRandom } from './synthetic-events.ts';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
const cameo = loadCameoCodes();

const arg = (k: string) => process.argv.find((a, i) => process.argv[i - 1] === k);
const sizes = (arg('--sizes') ?? '100000').split(',').filter(Boolean).map(Number);
// Sizes loaded into an empty database through neo4j-admin import, on an instance of the bench's own.
const bulkSizes = (arg('--bulk-sizes') ?? '').split(',').filter(Boolean).map(Number);
if (sizes.some((n) => n > 2_000_000)) {
  console.error('bench:scale: past 2,000,000 rows use --bulk-sizes (the offline importer)');
  process.exit(2);
}
const out = path.join(projectRoot, 'bench', 'out');
mkdirSync(out, { recursive: true });
const STATES = [
  'USA',
  'CHN',
  'RUS',
  'PRK',
  'KOR',
  'JPN',
  'IND',
  'PAK',
  'IRN',
  'ISR',
  'FRA',
  'DEU',
  'GBR',
  'TUR',
  'BRA',
  'ARG',
  'EGY',
  'SAU',
  'UKR',
  'POL',
];
const CODES = [
  '010',
  '036',
  '042',
  '043',
  '051',
  '057',
  '061',
  '071',
  '111',
  '112',
  '120',
  '130',
  '138',
  '163',
  '173',
  '190',
];

/** n events in the user record format, written as a stream (the generator keeps nothing). */
async function writeSynthetic(n: number, file: string): Promise<void> {
  const w = createWriteStream(file);
  // mulberry32, not a plain LCG: an LCG's low bits cycle, which drew only 25 of the 380 ordered pairs.
  const next = seededRandom(12345);
  const rnd = (m: number) => Math.floor(next() * m);
  for (let i = 0; i < n; i++) {
    const a = STATES[rnd(STATES.length)]!;
    let b = STATES[rnd(STATES.length)]!;
    if (b === a) b = STATES[(STATES.indexOf(a) + 1) % STATES.length]!;
    const date = new Date(Date.UTC(2016, 0, 1) + rnd(3650) * 86_400_000).toISOString().slice(0, 10);
    const line = `{"type":"event","id":"syn-${i}","actor":{"kind":"State","key":"${a}"},"target":{"kind":"State","key":"${b}"},"cameo":"${CODES[rnd(CODES.length)]}","date":"${date}"}\n`;
    if (!w.write(line)) await once(w, 'drain');
  }
  w.end();
  await once(w, 'finish');
}

const article = (i: number, k: number) =>
  JSON.stringify({
    id: `bench-scale-${i}-${k}-${Date.now()}`,
    date: '2031-05-01',
    publisher: 'Bench Wire',
    text: `On 1 May 2031, Moldova and Romania signed agreement number ${i}-${k} on energy cooperation in Bucharest.`,
  });
// The online sizes run on an instance of their own, so "N events in the graph" is N plus the reference world only.
const ONLINE_INSTANCE = 'bench-scale';
const onlineConfig = loadConfig({ ...process.env, NEO4J_BOLT_PORT: process.env.STATEGRAPH_BENCH_BOLT_PORT ?? '7689' });
const articleSeconds = new Map<number, number>();
const db = sizes.length ? await openBenchDb(ONLINE_INSTANCE) : null;
if (db) await ensureReferenceWorld(db);
// Each size runs BENCH_RUNS rounds (default 3), the loader and LOAD CSV in turn on the same graph: median and spread.
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => (xs.length > 1 ? ` (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})` : '');
for (const n of sizes) {
  if (!db) break;
  await deleteSynthetic(db);
  const file = path.join(out, `scale-${n}.jsonl`);
  await writeSynthetic(n, file);
  const csv = path.join(out, `scale-${n}.csv`);
  await writeEventsCsv(file, `scale-${n}.jsonl`, csv);
  const online: number[] = [];
  const viaCsv: number[] = [];
  const peaks: number[] = [];
  let events = 0;
  let articleS = 0;
  // Round -1, at the first size only, warms both up untimed: Neo4j compiles each write path's plan and code over
  // its first loads (the first loader run after a start took twice as long as the fourth).
  for (let round = n === sizes[0] ? -1 : 0; round < RUNS; round++) {
    await deleteSynthetic(db);
    const res = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(projectRoot, 'bench', 'scale-load.ts'),
          file,
          `scale-${n}.jsonl`,
          ONLINE_INSTANCE,
        ],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      )
        .trim()
        .split('\n')
        .pop()!,
    ) as { rows: number; seconds: number; peakMb: number };
    if (round >= 0) online.push(res.rows / res.seconds);
    peaks.push(res.peakMb);
    [{ events } = { events: 0 }] = await db.read<{ events: number }>('MATCH (e:Event) RETURN count(e) AS events');
    // One article at this size, on the graph as the loader leaves it (its events and their network).
    if (round === 0) articleS = await oneArticle(db, n);
    // Baseline: the same events, as the rows the writer merges, through Neo4j's own LOAD CSV into the same graph.
    await deleteSynthetic(db);
    const csvSeconds = await loadCsv(db, csv);
    if (round >= 0) viaCsv.push(n / csvSeconds);
  }
  articleSeconds.set(n, articleS);
  console.log(
    `${fmt(n)} synthetic (${fmt(events)} events in the graph), median of ${RUNS} rounds: online loader ` +
      `${fmt(median(online))} rows/s${spread(online)} (parse, validate, write, network update), LOAD CSV ` +
      `${fmt(median(viaCsv))} rows/s${spread(viaCsv)} (write only): ${(median(online) / median(viaCsv)).toFixed(2)}x ` +
      `(target >= 1.0; rounds ${online.map((o, i) => (o / viaCsv[i]!).toFixed(2)).join(', ')}); loader peak ` +
      `${fmt(Math.max(...peaks))} MB (target < 600); one article ${(articleS * 1000).toFixed(1)} ms (median of 3, warm)`,
  );
}
await db?.close();
// The bulk instance takes the same port.
if (db && !onlineConfig.external) await stopNeo4j(localInstance(onlineConfig, ONLINE_INSTANCE));

/** Removes the synthetic events, then recounts the network, so each load starts from the reference world's. */
async function deleteSynthetic(d: Database): Promise<void> {
  const [{ n } = { n: 0 }] = await d.read<{ n: number }>(
    "MATCH (e:Event) WHERE e.id STARTS WITH 'syn-' RETURN count(e) AS n",
  );
  if (n === 0) return;
  await d.autoCommit(
    "MATCH (e:Event) WHERE e.id STARTS WITH 'syn-' CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 10000 ROWS",
  );
  await rebuildNetwork(d);
}

/** The reference world once, so each size adds its events to the same base. */
async function ensureReferenceWorld(d: Database): Promise<void> {
  const [{ states } = { states: 0 }] = await d.read<{ states: number }>('MATCH (s:State) RETURN count(s) AS states');
  if (states > 0) return;
  const t0 = process.hrtime.bigint();
  await writeWorld(d, await loadReferenceWorld());
  console.log(`reference world loaded into ${ONLINE_INSTANCE} in ${seconds(t0).toFixed(1)} s`);
}

/** The record file as the CSV of the rows the writer would merge, streamed (the file is never held whole). */
async function writeEventsCsv(file: string, name: string, csv: string): Promise<void> {
  const parser = createRecordParser(name, cameo);
  const stateOf = makeStateOf([], []);
  const w = createWriteStream(csv);
  w.write(EVENTS_CSV_HEADER);
  let line = 0;
  const drain = async () => {
    const rows = parser.out.events.map((e) => eventRow(e, stateOf));
    parser.out.events = [];
    parser.out.refs = [];
    if (!w.write(eventsCsvLines(rows))) await once(w, 'drain');
  };
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    parser.add(++line, JSON.parse(text));
    if (parser.out.events.length >= 5000) await drain();
  }
  await drain();
  w.end();
  await once(w, 'finish');
}

/** Seconds LOAD CSV takes over loopback HTTP, the file streamed from disk. */
async function loadCsv(d: Database, csv: string): Promise<number> {
  const server = createServer((_req, res) => createReadStream(csv).pipe(res)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events.csv`;
  const t0 = process.hrtime.bigint();
  await d.autoCommit(namedQuery('admin/load-events-csv').text, { url });
  const s = seconds(t0);
  server.close();
  return s;
}

/**
 * One new article's ingest at this size: the median of three, after one untimed article. The first after a restart
 * (the bulk path's) pays for query planning and a cold page cache, which is not what the size costs.
 */
async function oneArticle(d: Database, i: number): Promise<number> {
  const gaz = await gazetteerFromGraph(d);
  const times: number[] = [];
  for (let k = 0; k < 4; k++) {
    const t0 = process.hrtime.bigint();
    const s = await ingestArticleFile(d, 'bench.jsonl', article(i, k), gaz, () => {});
    await finishWrite(d, { documents: s.documents?.created ?? 0 });
    if (k > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return times.sort((a, b) => a - b)[1]!;
}

for (const n of bulkSizes) {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    NEO4J_BOLT_PORT: process.env.STATEGRAPH_BENCH_BOLT_PORT ?? '7689',
  });
  const instance = localInstance(config, process.env.STATEGRAPH_BENCH_INSTANCE ?? 'bench-bulk');
  await startNeo4j(instance); // provisions its home and password on first use
  await stopNeo4j(instance);
  const file = path.join(out, `scale-${n}.jsonl`);
  await writeSynthetic(n, file);
  // The importer runs in a child process, so its peak memory is the bulk loader's alone; it leaves Neo4j running.
  const timings = JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'bench', 'scale-bulk.ts'), file, instance.name],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
      .trim()
      .split('\n')
      .pop()!,
  ) as BulkTimings & { peakMb: number };
  const bdb = openDatabase(localConnection(instance), 'neo4j');
  const articleS = await oneArticle(bdb, n);
  articleSeconds.set(n, articleS);
  const [{ events } = { events: 0 }] = await bdb.read<{ events: number }>('MATCH (e:Event) RETURN count(e) AS events');
  await bdb.close();
  await stopNeo4j(instance);
  console.log(
    `bulk ${n.toLocaleString('en-US')} synthetic (${events.toLocaleString('en-US')} events in the graph): ` +
      `CSV ${timings.csvSeconds.toFixed(1)} s + import ${timings.importSeconds.toFixed(1)} s = ${Math.round(n / (timings.csvSeconds + timings.importSeconds)).toLocaleString('en-US')} rows/s ` +
      `(import alone ${Math.round(n / timings.importSeconds).toLocaleString('en-US')} rows/s; target >= 50,000), loader peak ${fmt(timings.peakMb)} MB (target < 600), reference world and network ${timings.finishSeconds.toFixed(1)} s, one article ${(articleS * 1000).toFixed(1)} ms (median of 3, warm)`,
  );
}

const smallest = Math.min(...articleSeconds.keys());
for (const [n, s] of articleSeconds) {
  if (n === smallest) continue;
  console.log(
    `one article at ${fmt(n)} against ${fmt(smallest)}: ${(s / articleSeconds.get(smallest)!).toFixed(2)}x (target <= 1.5 at 10,000,000)`,
  );
}
