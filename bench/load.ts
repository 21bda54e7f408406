// Load test over loopback: BENCH_CLIENTS concurrent clients (200) for BENCH_SECONDS (60) on one state's relations
// and the state network, with /healthz probed throughout; before it, in the same run and on the same data, the
// network without its cache (the old behaviour) as the baseline. Bounded: at most BENCH_MAX_REQUESTS requests a
// phase, 127.0.0.1 only. Prints requests/s, p50, p99, answers by status and client timeouts.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, get } from 'node:http';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../server/config/paths.ts';

const clients = Number(process.env.BENCH_CLIENTS ?? 200);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const baselineSeconds = Number(process.env.BENCH_BASELINE_SECONDS ?? 20);
const maxRequests = Number(process.env.BENCH_MAX_REQUESTS ?? 300_000);
const clientTimeoutMs = Number(process.env.BENCH_CLIENT_TIMEOUT_MS ?? 10_000);
const routes = process.env.BENCH_ROUTES ?? 'both'; // or 'graph' or 'relations', to look at one alone
const oldGraphRps = 16; // issue 10: /api/graph under the same load before the cache

interface Tally {
  times: number[];
  statuses: Map<number, number>;
  timeouts: number;
  errors: number;
}
const tally = (): Tally => ({ times: [], statuses: new Map(), timeouts: 0, errors: 0 });

/** Starts bench/load-server.ts in its own process and resolves with its port. */
async function startServer(args: string[]): Promise<{ port: number; child: ChildProcess; cpuMs: Promise<number> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'bench', 'load-server.ts'), ...args],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const said: { port?: number; cpuMs?: number }[] = [];
  let heard: () => void = () => {};
  lines.on('line', (l) => (said.push(JSON.parse(l) as { port?: number; cpuMs?: number }), heard()));
  const port = await new Promise<number>((resolve, reject) => {
    heard = () => resolve(said[0]!.port!);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const cpuMs = new Promise<number>((resolve) =>
    child.once('exit', () => resolve(said.find((x) => x.cpuMs !== undefined)?.cpuMs ?? NaN)),
  );
  return { port, child, cpuMs };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM')));

/** One GET; the body is read as bytes, as a browser accepting brotli would receive it. */
function hit(agent: Agent, port: number, urlPath: string, into: Tally): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = get(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        agent,
        headers: { 'Accept-Encoding': 'br, gzip' },
        timeout: clientTimeoutMs,
      },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          into.times.push(performance.now() - started);
          into.statuses.set(res.statusCode!, (into.statuses.get(res.statusCode!) ?? 0) + 1);
          resolve();
        });
        res.on('error', () => (into.errors++, resolve()));
      },
    );
    req.on('timeout', () => {
      into.timeouts++;
      req.destroy(new Error('client timeout'));
    });
    req.on('error', (e) => {
      if (e.message !== 'client timeout') into.errors++;
      resolve();
    });
  });
}

/** Runs `n` clients, each choosing its next URL, until the time or the request budget runs out. */
async function drive(
  port: number,
  n: number,
  forSeconds: number,
  pick: (i: number) => [string, Tally],
): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: n });
  const deadline = performance.now() + forSeconds * 1000;
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      while (performance.now() < deadline && sent < maxRequests) {
        sent++;
        const [url, t] = pick(i);
        await hit(agent, port, url, t);
      }
    }),
  );
  agent.destroy();
  return (performance.now() - started) / 1000;
}

const pct = (times: number[], q: number): number => {
  const s = [...times].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const statusText = (t: Tally) =>
  [...t.statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, c]) => `${s}: ${c}`)
    .join(', ');
const non2xx = (t: Tally) => [...t.statuses].filter(([s]) => s < 200 || s >= 300).reduce((n, [, c]) => n + c, 0);
const line = (label: string, t: Tally, secs: number) =>
  `  ${label.padEnd(28)} ${String(t.times.length).padStart(7)} answers  ${(t.times.length / secs).toFixed(0).padStart(6)} req/s  ` +
  `p50 ${pct(t.times, 0.5).toFixed(1).padStart(7)} ms  p99 ${pct(t.times, 0.99).toFixed(1).padStart(7)} ms  ` +
  `non-2xx ${non2xx(t)}  500s ${t.statuses.get(500) ?? 0}  client timeouts ${t.timeouts}  errors ${t.errors}  [${statusText(t)}]`;

/** Probes /healthz from a process of its own (bench/load-prober.ts) until `until` settles. */
async function probeHealth(port: number, until: Promise<unknown>, into: Tally): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'bench', 'load-prober.ts'), String(port)],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines: string[] = [];
  const reader = createInterface({ input: child.stdout });
  const ready = new Promise<void>((resolve) => reader.once('line', () => resolve()));
  reader.on('line', (l) => lines.push(l));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await ready;
  await until.catch(() => {});
  child.kill('SIGTERM');
  await exited;
  const r = JSON.parse(lines.at(-1)!) as {
    times: number[];
    statuses: Record<string, number>;
    timeouts: number;
    errors: number;
  };
  into.times.push(...r.times);
  for (const [s, c] of Object.entries(r.statuses)) into.statuses.set(Number(s), c);
  into.timeouts += r.timeouts;
  into.errors += r.errors;
}

async function main(): Promise<void> {
  console.log(
    `StateGraph load bench: ${clients} concurrent clients over 127.0.0.1, client timeout ${clientTimeoutMs} ms, at most ${maxRequests} requests a phase`,
  );
  const codes = [
    'PRK',
    'USA',
    'CHN',
    'RUS',
    'KOR',
    'JPN',
    'IRN',
    'ISR',
    'UKR',
    'DEU',
    'FRA',
    'GBR',
    'IND',
    'PAK',
    'TUR',
    'SYR',
  ];

  // Baseline: the network computed for every request, as before the cache (BENCH_BASELINE_SECONDS=0 skips it).
  const baseline = tally();
  let baseSecs = 0;
  if (baselineSeconds > 0) {
    const old = await startServer(['--no-cache']);
    const baselineHealth = tally();
    const baseRun = drive(old.port, clients, baselineSeconds, () => ['/api/graph', baseline]);
    await probeHealth(old.port, baseRun, baselineHealth);
    baseSecs = await baseRun;
    await stop(old.child);
    console.log(`\nbaseline, without the cache (${baselineSeconds} s, /api/graph only)`);
    console.log(line('GET /api/graph', baseline, baseSecs));
    console.log(line('GET /healthz (prober process)', baselineHealth, baseSecs));
  }

  const server = await startServer([]);
  // The network is computed once per change of the graph: that once is not what this measures.
  await hit(new Agent(), server.port, '/api/graph', tally());
  server.child.kill('SIGUSR2');
  const relations = tally();
  const graph = tally();
  const health = tally();
  let n = 0;
  const onRelations = (i: number) => (routes === 'both' ? i % 2 === 0 : routes === 'relations');
  const run = drive(server.port, clients, seconds, (i) =>
    onRelations(i) ? [`/api/states/${codes[n++ % codes.length]}/relations`, relations] : ['/api/graph', graph],
  );
  await probeHealth(server.port, run, health);
  const secs = await run;
  await stop(server.child);
  const cpuMs = await server.cpuMs;
  console.log(`\nwith the cache (${seconds} s; half the clients on each route)`);
  console.log(line('GET /api/states/:code/relations', relations, secs));
  console.log(line('GET /api/graph', graph, secs));
  console.log(line('GET /healthz (prober process)', health, secs));

  const answered = relations.times.length + graph.times.length + health.times.length;
  console.log(
    `  server process CPU: ${(cpuMs / 1000).toFixed(1)} s in ${secs.toFixed(0)} s = ${(cpuMs / answered).toFixed(2)} ms a request ` +
      `(${(cpuMs / secs / 10).toFixed(0)}% of one core; the rest of the machine's 2 cores went to Neo4j, the clients and anything else running)`,
  );
  const graphRps = graph.times.length / secs;
  // Like with like: answers of 200 a second, since the baseline sheds most of its load as 503.
  const ok = (t: Tally) => t.statuses.get(200) ?? 0;
  const graphOk = ok(graph) / secs;
  const all = [relations, graph, health];
  console.log('\ntargets');
  console.log(`  answers of 500: ${all.reduce((s, t) => s + (t.statuses.get(500) ?? 0), 0)} (target 0)`);
  console.log(`  client timeouts: ${all.reduce((s, t) => s + t.timeouts, 0)} (target 0)`);
  console.log(`  /healthz p99 during the run: ${pct(health.times, 0.99).toFixed(1)} ms (target < 100 ms)`);
  console.log(
    `  /api/graph: ${graphRps.toFixed(0)} req/s with ${clients / 2} clients = ${(graphRps / oldGraphRps).toFixed(1)}x the old ${oldGraphRps} req/s (target >= 20x); ` +
      `${baseSecs ? (graphOk / (ok(baseline) / baseSecs)).toFixed(1) : '-'}x this run's baseline without the cache in answers of 200 a second ` +
      `(${graphOk.toFixed(0)} against ${baseSecs ? (ok(baseline) / baseSecs).toFixed(1) : '-'}, ${clients} clients there)`,
  );
}

await main();
