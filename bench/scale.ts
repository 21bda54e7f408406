// npm run bench:scale [-- --sizes 100000,1000000] — synthetic CAMEO events in the project's record format, loaded
// by the streaming loader in a child process (rows/s, its peak memory), then the time to ingest one new article at
// that size. Each size replaces the previous synthetic events; the reference world stays.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { projectRoot } from '../server/config/paths.ts';
import { gazetteerFromGraph } from '../server/ingest/documents/load-gazetteer.ts';
import { finishWrite } from '../server/ingest/finish-write.ts';
import { ingestArticleFile } from '../server/ingest/ingest-article-file.ts';
import { loadConfig } from '../server/config/load-config.ts';
import { bulkImport } from '../server/ingest/bulk/bulk-import.ts';
import { localInstance } from '../server/neo4j/connect.ts';
import type { Database } from '../server/neo4j/database.ts';
import { startNeo4j, stopNeo4j } from '../server/neo4j/local-instance.ts';
import { openBenchDb } from './bench-db.ts';

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
  let seed = 12345;
  const rnd = (m: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % m;
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

const article = (i: number) =>
  JSON.stringify({
    id: `bench-scale-${i}-${Date.now()}`,
    date: '2031-05-01',
    publisher: 'Bench Wire',
    text: `On 1 May 2031, Moldova and Romania signed agreement number ${i} on energy cooperation in Bucharest.`,
  });
const rows: string[] = [];
const db = sizes.length ? await openBenchDb() : null;
for (const n of sizes) {
  if (!db) break;
  await db.autoCommit(
    "MATCH (e:Event) WHERE e.id STARTS WITH 'syn-' CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 10000 ROWS",
  );
  const file = path.join(out, `scale-${n}.jsonl`);
  await writeSynthetic(n, file);
  const res = JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'bench', 'scale-load.ts'), file, `scale-${n}.jsonl`],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    )
      .trim()
      .split('\n')
      .pop()!,
  ) as { rows: number; seconds: number; peakMb: number };
  const [{ events } = { events: 0 }] = await db.read<{ events: number }>('MATCH (e:Event) RETURN count(e) AS events');
  const gaz = await gazetteerFromGraph(db);
  const t0 = process.hrtime.bigint();
  const s = await ingestArticleFile(db, 'bench.jsonl', article(n), gaz, () => {});
  await finishWrite(db, { documents: s.documents?.created ?? 0 });
  const articleS = Number(process.hrtime.bigint() - t0) / 1e9;
  const line = `${n.toLocaleString('en-US')} synthetic (${events.toLocaleString('en-US')} events in the graph): ${Math.round(res.rows / res.seconds).toLocaleString('en-US')} rows/s, loader peak ${Math.round(res.peakMb)} MB, one article ${articleS.toFixed(2)} s`;
  console.log(line);
  rows.push(line);
}
await db?.close();

async function oneArticle(d: Database, i: number): Promise<number> {
  const gaz = await gazetteerFromGraph(d);
  const t0 = process.hrtime.bigint();
  const s = await ingestArticleFile(d, 'bench.jsonl', article(i), gaz, () => {});
  await finishWrite(d, { documents: s.documents?.created ?? 0 });
  return Number(process.hrtime.bigint() - t0) / 1e9;
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
  const { db: bdb, timings } = await bulkImport(instance, [file], () => {});
  const articleS = await oneArticle(bdb, n);
  const [{ events } = { events: 0 }] = await bdb.read<{ events: number }>('MATCH (e:Event) RETURN count(e) AS events');
  await bdb.close();
  await stopNeo4j(instance);
  console.log(
    `bulk ${n.toLocaleString('en-US')} synthetic (${events.toLocaleString('en-US')} events in the graph): ` +
      `CSV ${timings.csvSeconds.toFixed(1)} s + import ${timings.importSeconds.toFixed(1)} s = ${Math.round(n / (timings.csvSeconds + timings.importSeconds)).toLocaleString('en-US')} rows/s ` +
      `(import alone ${Math.round(n / timings.importSeconds).toLocaleString('en-US')} rows/s), reference world and network ${timings.finishSeconds.toFixed(1)} s, one article ${articleS.toFixed(2)} s`,
  );
}
