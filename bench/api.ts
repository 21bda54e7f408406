// npm run bench:api — the page's own requests (the start view's state network, a dyad, a path) over loopback at two
// sizes of the graph: the reference world (about 0.1M events) and with synthetic events between other states added up
// to BENCH_EVENTS (default 1M); sequentially (several rounds: median and spread) and with 20 concurrent clients, beside
// the same Cypher through the bare driver, and the database hits of each query (PROFILE) at both sizes.
// Runs on the project's "bench" instance (STATEGRAPH_BENCH_BOLT_PORT, default 7689) or NEO4J_URI.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../server/api/create-app.ts';
import { loadConfig } from '../server/config/load-config.ts';
import { writeWorld } from '../server/ingest/write-world.ts';
import { writeBatches } from '../server/ingest/write-batches.ts';
import { rebuildNetwork } from '../server/ingest/network/rebuild-network.ts';
import { describeSource } from '../server/ingest/describe-source.ts';
import { nodeRow } from '../server/ingest/rows/node-row.ts';
import { eventRow, type StateOf } from '../server/ingest/rows/event-row.ts';
import type { Database } from '../server/neo4j/database.ts';
import { namedQuery } from '../server/neo4j/named-queries.ts';
import { int } from '../server/repositories/integer-params.ts';
import { loadCameoCodes } from '../server/reference/cameo.ts';
import { loadReferenceWorld } from '../server/reference/load-reference-world.ts';
import type { GraphVersionCache } from '../server/use-cases/graph-version-cache.ts';
import { earliest, latest } from '../server/use-cases/date-range.ts';
import { monthSpan } from '../server/use-cases/month-span.ts';
import { openBenchDb } from './bench-db.ts';
import { noCache } from './no-cache.ts';
import { syntheticEvents } from './synthetic-events.ts';

const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const clients = Number(process.env.BENCH_CLIENTS ?? 20);
const maxSeconds = Number(process.env.BENCH_SECONDS ?? 20);
const sizes = (process.env.BENCH_EVENTS ?? '1000000').split(',').map(Number);
const source = 'synthetic:bench-api';
const chunk = 50_000;
// The synthetic events go in through the writer and one network rebuild (quicker for a bench that measures reads), or
// with BENCH_LOAD=incremental through the loader with its per-batch network update; the graph is the same.
const incremental = process.env.BENCH_LOAD === 'incremental';

// The page's requests, as client/src/api/client.ts sends them.
const pageRequests = [
  {
    label: 'graph (start view)',
    path: '/api/graph?types=DYAD%2CMESSAGE%2CSANCTION%2CBORDERS&limit=10000',
    target: 'p50 < 60 ms',
  },
  { label: 'dyad USA/RUS', path: '/api/dyads/USA/RUS?limit=50', target: 'p50 < 30 ms' },
  { label: 'path USA -> PRK', path: '/api/path?from=USA&to=PRK', target: 'p99 < 50 ms' },
];

// The named queries each request runs, with the parameters its use case sends.
const queries: Record<string, [string, Record<string, unknown>][]> = {
  'graph (start view)': [
    ['graph/list-network-states', {}],
    ['graph/list-dyads', { limit: int(10_000) }],
    ['graph/list-state-messages', { since: null, until: null, limit: int(10_000) }],
    ['graph/list-state-sanctions', { limit: int(10_000) }],
    ['graph/list-borders', {}],
  ],
  'dyad USA/RUS': [
    ['dyads/summarize-dyad', { a: 'USA', b: 'RUS' }],
    ['dyads/count-dyad-events-by-month', { a: 'USA', b: 'RUS', ...monthSpan(earliest, latest), undated: true }],
    [
      'events/list-dyad-events',
      { a: 'USA', b: 'RUS', since: earliest, upto: latest, afterDate: null, afterId: null, limit: int(51) },
    ],
    [
      'messages/list-messages',
      {
        from: 'USA',
        to: 'RUS',
        either: true,
        since: null,
        until: null,
        afterDate: null,
        afterId: null,
        limit: int(500),
      },
    ],
    ['sanctions/list-dyad-sanctions', { a: 'USA', b: 'RUS' }],
  ],
  'path USA -> PRK': [
    ['path/find-entities', { uids: ['State:USA', 'State:PRK'] }],
    ['path/find-shortest-paths', { from: 'State:USA', to: 'State:PRK', limit: int(5) }],
  ],
};
// Also profiled: the network of one year, read from the per-month summaries.
const profiled: [string, Record<string, unknown>][] = [
  ...Object.values(queries).flat(),
  ['graph/count-dyads-between', { ...monthSpan('2010-01-01', '2010-12-31'), limit: int(10_000) }],
];

const bind = (name: string, params: Record<string, unknown>) =>
  Object.fromEntries(namedQuery(name).params.map((p) => [p, params[p] ?? null]));
const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Round {
  p50: number;
  p99: number;
  rps: number;
}

async function sequential(once: () => Promise<void>): Promise<Round[]> {
  for (let i = 0; i < 10; i++) await once();
  const out: Round[] = [];
  for (let r = 0; r < rounds; r++) {
    const times: number[] = [];
    const started = performance.now();
    while (times.length < requests && performance.now() - started < maxSeconds * 1000) {
      const t = performance.now();
      await once();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out.push({
      p50: pct(times, 0.5),
      p99: pct(times, 0.99),
      rps: times.length / ((performance.now() - started) / 1000),
    });
  }
  return out;
}

async function concurrent(once: () => Promise<void>): Promise<Round & { n: number }> {
  const times: number[] = [];
  const started = performance.now();
  const perClient = Math.max(5, Math.ceil(requests / 2));
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < perClient && performance.now() - started < maxSeconds * 1000; i++) {
        const t = performance.now();
        await once();
        times.push(performance.now() - t);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return {
    n: times.length,
    p50: pct(times, 0.5),
    p99: pct(times, 0.99),
    rps: times.length / ((performance.now() - started) / 1000),
  };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const spread = (rs: Round[], k: 'p50' | 'p99') =>
  `${ms(median(rs.map((r) => r[k])))} (${rs.map((r) => r[k].toFixed(1)).join(' / ')})`;

async function eventCount(db: Database): Promise<{ all: number; synthetic: number }> {
  const [row] = await db.read<{ all: number; synthetic: number }>(
    'CALL { MATCH (e:Event) RETURN count(e) AS all } CALL { OPTIONAL MATCH (:Source {key: $source})<-[f:FROM]-() RETURN count(f) AS synthetic } RETURN all, synthetic',
    { source },
  );
  return row ?? { all: 0, synthetic: 0 };
}

/** Tops the graph up to `total` events with synthetic events between states other than USA, Russia and North Korea. */
async function growTo(db: Database, total: number): Promise<void> {
  const { all, synthetic } = await eventCount(db);
  if (all >= total) return;
  const states = (await db.read<{ code: string }>('MATCH (s:State) RETURN s.code AS code ORDER BY code'))
    .map((r) => r.code)
    .filter((c) => !['USA', 'RUS', 'PRK'].includes(c));
  const cameo = loadCameoCodes();
  const want = synthetic + (total - all);
  const t0 = performance.now();
  const stateOf: StateOf = (a) => a.key;
  await writeBatches(db, 'ingest/merge-sources', [nodeRow(source, describeSource(source))]);
  for (let start = synthetic; start < want; start += chunk) {
    const events = syntheticEvents(
      { states, fromYear: 1995, toYear: 2024, skew: true, seed: 1, source },
      cameo,
      start,
      Math.min(chunk, want - start),
    );
    if (incremental) await writeWorld(db, { events });
    else
      await writeBatches(
        db,
        'ingest/merge-events',
        events.map((e) => eventRow(e, stateOf)),
      );
    console.error(
      `  loaded ${start + events.length - synthetic} of ${want - synthetic} synthetic events (${((start + events.length - synthetic) / ((performance.now() - t0) / 1000)).toFixed(0)} rows/s)`,
    );
  }
  if (!incremental) {
    const t1 = performance.now();
    const { dyads, months } = await rebuildNetwork(db);
    console.error(
      `  network rebuilt: ${dyads} DYADs, ${months} pair-months in ${((performance.now() - t1) / 1000).toFixed(0)} s`,
    );
  }
}

async function profileHits(db: Database, name: string, params: Record<string, unknown>): Promise<number> {
  const r = await db.driver.executeQuery(`PROFILE ${namedQuery(name).text}`, bind(name, params), {
    database: db.name,
    routing: 'READ',
  });
  type Plan = { dbHits: number; children: Plan[] };
  const sum = (p: Plan): number => p.dbHits + p.children.reduce((s, c) => s + sum(c), 0);
  return sum(r.summary.profile as unknown as Plan);
}

async function main(): Promise<void> {
  const db = await openBenchDb();
  const { all } = await eventCount(db);
  if (all < 100_000) {
    console.error('loading the reference world first');
    await writeWorld(db, await loadReferenceWorld());
  }
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  // Two servers on the same database: the product as it runs, whose version cache answers repeats of a request
  // until the graph changes, and one whose cache holds nothing, so every request runs its queries (a cold answer).
  const limits = { cypher: 1_000_000, ingest: 1_000_000, expensive: 1_000_000 };
  const listen = async (graphCache?: GraphVersionCache) => {
    const app = createApp({
      db,
      config,
      logger: pino({ level: 'silent' }),
      clientDir: null,
      rateLimits: limits,
      ...(graphCache ? { graphCache } : {}),
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  };
  const { server, base } = await listen();
  const cold = await listen(noCache);
  const fetchFrom = (root: string) => (path: string) => async () => {
    const res = await fetch(root + path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
  };
  const getCold = fetchFrom(cold.base);
  const get = fetchFrom(base);
  const bare = (label: string) => async () => {
    await Promise.all(
      queries[label]!.map(([name, params]) =>
        db.driver.executeQuery(namedQuery(name).text, bind(name, params), { database: db.name, routing: 'READ' }),
      ),
    );
  };

  const hitsAt: Record<string, number>[] = [];
  const steps = [0, ...sizes];
  let measured = -1;
  for (const size of steps) {
    if (size > 0) await growTo(db, size);
    const { all: events } = await eventCount(db);
    if (events === measured) continue; // the graph was already that large
    measured = events;
    console.log(
      `\n=== ${events.toLocaleString('en-US')} events (${base}; ${rounds} rounds of up to ${requests} sequential requests, then ${clients} clients)`,
    );
    const hits: Record<string, number> = {};
    for (const [name, params] of profiled) hits[name] = await profileHits(db, name, params);
    hitsAt.push(hits);
    for (const r of pageRequests) {
      const body = await fetch(base + r.path).then((x) => x.arrayBuffer());
      const seq = await sequential(get(r.path));
      const seqCold = await sequential(getCold(r.path));
      const driver = await sequential(bare(r.label));
      const conc = await concurrent(get(r.path));
      console.log(`\n${r.label}  ${r.path}  (${(body.byteLength / 1024).toFixed(0)} KB)  target at 1M: ${r.target}`);
      console.log(
        `  API sequential     p50 ${spread(seq, 'p50')}  p99 ${spread(seq, 'p99')}  ${median(seq.map((s) => s.rps)).toFixed(0)} req/s  (repeats answered by the version cache)`,
      );
      console.log(
        `  API uncached       p50 ${spread(seqCold, 'p50')}  p99 ${spread(seqCold, 'p99')}  ${median(seqCold.map((s) => s.rps)).toFixed(0)} req/s  (every request runs its queries)`,
      );
      console.log(
        `  bare driver        p50 ${spread(driver, 'p50')}  p99 ${spread(driver, 'p99')}   API uncached / driver p50 ${(median(seqCold.map((s) => s.p50)) / median(driver.map((s) => s.p50))).toFixed(2)}x`,
      );
      console.log(
        `  API ${clients} clients      p50 ${ms(conc.p50)}  p99 ${ms(conc.p99)}  ${conc.rps.toFixed(0)} req/s (${conc.n} requests)`,
      );
    }
  }
  console.log('\ndatabase hits (PROFILE) per query at each size:');
  for (const [name] of profiled) {
    const line = hitsAt.map((h) => String(h[name]).padStart(9)).join(' ');
    console.log(
      `  ${name.padEnd(36)} ${line}${hitsAt.every((h) => h[name] === hitsAt[0]![name]) ? '   unchanged' : ''}`,
    );
  }
  server.close();
  cold.server.close();
  await db.close();
}

await main();
