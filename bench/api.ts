// Drives the API over loopback and, in the same run, the same Cypher through the bare driver, and prints
// requests/s and p50/p99 latency with the ratios. Runs on NEO4J_URI when set, else on the project's "test" instance.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../server/api/create-app.ts';
import { loadConfig } from '../server/config/load-config.ts';
import { localInstance } from '../server/neo4j/connect.ts';
import { openDatabase, type Database } from '../server/neo4j/database.ts';
import { startNeo4j } from '../server/neo4j/local-instance.ts';
import { migrate } from '../server/neo4j/migrate.ts';
import { namedQuery } from '../server/neo4j/named-queries.ts';
import { int } from '../server/repositories/integer-params.ts';
import { loadReferenceWorld } from '../server/reference/load-reference-world.ts';
import { writeWorld } from '../server/ingest/write-world.ts';

const maxRequests = Number(process.env.BENCH_REQUESTS ?? 400);
const maxSeconds = Number(process.env.BENCH_SECONDS ?? 15);

async function openDb(): Promise<Database> {
  const config = loadConfig({ ...process.env, NEO4J_BOLT_PORT: process.env.STATEGRAPH_TEST_BOLT_PORT ?? '7688' });
  const connection = config.external ?? (await startNeo4j(localInstance(config, 'test'), undefined, (m) => console.error(m)));
  const db = openDatabase(connection, config.database);
  await migrate(db);
  const [row] = await db.read<{ n: number }>('MATCH (e:Event) RETURN count(e) AS n');
  if ((row?.n ?? 0) < 100_000) {
    console.error('loading the reference world first');
    await writeWorld(db, await loadReferenceWorld());
  }
  return db;
}

interface Stats {
  n: number;
  rps: number;
  p50: number;
  p99: number;
}

/** Runs `once` sequentially (one client, so latency is not queueing) until the count or the time runs out, after a warm-up. */
async function measure(once: () => Promise<void>): Promise<Stats> {
  for (let i = 0; i < 20; i++) await once();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRequests && performance.now() - started < maxSeconds * 1000) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { n: times.length, rps: times.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

const fmt = (s: Stats) => `${String(s.n).padStart(5)} req  ${s.rps.toFixed(0).padStart(5)} req/s  p50 ${s.p50.toFixed(1).padStart(6)} ms  p99 ${s.p99.toFixed(1).padStart(6)} ms`;

async function main(): Promise<void> {
  const db = await openDb();
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const app = createApp({ db, config, logger: pino({ level: 'silent' }), clientDir: null });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string) => async () => {
    const res = await fetch(base + path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
  };
  const cypher = (name: string, params: Record<string, unknown>) => async () => {
    await db.driver.executeQuery(namedQuery(name).text, params, { database: db.name, routing: 'READ' });
  };
  const eventParams = (code: string) => ({
    code, direction: 'both', other: null, since: '0000-01-01', until: '9999-12-31', undated: true, type: null, quad: null, afterDate: null, afterId: null, limit: int(51),
  });
  const { undated: _u, ...scanParams } = eventParams('CHN');

  const cases: { label: string; api: () => Promise<void>; bare: () => Promise<void> }[] = [
    {
      label: 'relations PRK (walk)',
      api: get('/api/states/PRK/relations'),
      bare: async () => {
        await cypher('states/measure-state', { code: 'PRK' })();
        await cypher('events/list-events-by-actors', eventParams('PRK'))();
      },
    },
    {
      label: 'relations CHN (date index)',
      api: get('/api/states/CHN/relations'),
      bare: async () => {
        await cypher('states/measure-state', { code: 'CHN' })();
        await cypher('events/list-events-by-date', scanParams)();
      },
    },
    {
      label: 'graph (state network)',
      api: get('/api/graph'),
      bare: async () => {
        const period = { since: '0000-01-01', until: '9999-12-31' };
        await Promise.all([
          cypher('graph/list-network-states', {})(),
          cypher('graph/list-dyads', { ...period, limit: int(5000) })(),
          cypher('graph/list-state-messages', { since: null, until: null, limit: int(5000) })(),
          cypher('graph/list-state-sanctions', { limit: int(5000) })(),
        ]);
      },
    },
  ];

  console.log(`StateGraph API bench: ${base}, at most ${maxRequests} requests or ${maxSeconds} s per case, one client`);
  for (const c of cases) {
    const bare = await measure(c.bare);
    const api = await measure(c.api);
    console.log(`\n${c.label}`);
    console.log(`  API          ${fmt(api)}`);
    console.log(`  bare driver  ${fmt(bare)}`);
    console.log(`  API / driver p50 ${(api.p50 / bare.p50).toFixed(2)}x (target <= 1.5x)${c.label.startsWith('relations') ? `; API p99 ${api.p99.toFixed(1)} ms (target < 50 ms)` : ''}`);
  }
  server.close();
  await db.close();
}

await main();
