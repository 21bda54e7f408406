// The server for bench/load.ts, in a process of its own so the load generator does not share its event loop.
// Prints {"port": n} once it listens on 127.0.0.1; `--no-cache` serves the state network as before the cache.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../server/api/create-app.ts';
import { loadConfig } from '../server/config/load-config.ts';
import { writeWorld } from '../server/ingest/write-world.ts';
import { loadReferenceWorld } from '../server/reference/load-reference-world.ts';
import { openBenchDb } from './bench-db.ts';
import { noCache } from './no-cache.ts';

const db = await openBenchDb();
const [row] = await db.read<{ n: number }>('MATCH (e:Event) RETURN count(e) AS n');
if ((row?.n ?? 0) < 100_000) {
  console.error('loading the reference world first');
  await writeWorld(db, await loadReferenceWorld());
}
// The old behaviour, for the baseline: every request computes the network and sends it as JSON.
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const old = process.argv.includes('--no-cache');
// The baseline had no rate limit on GET routes either.
const app = createApp({
  db,
  config,
  logger: pino({ level: 'silent' }),
  clientDir: null,
  ...(old ? { graphCache: noCache, rateLimits: { expensive: 1e9 } } : {}),
});
const server = app.listen(0, '127.0.0.1', () =>
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })),
);
// Reported at the end: the CPU this process used, so a contended machine's figures can be read per request.
let cpuAtStart = process.cpuUsage();
// SIGUSR2 starts the count afresh: the bench sends it after its warm-up, which fills the cache.
process.on('SIGUSR2', () => (cpuAtStart = process.cpuUsage()));
process.once('SIGTERM', () => {
  const used = process.cpuUsage(cpuAtStart);
  console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000 }));
  server.closeAllConnections();
  server.close(() => void db.close().then(() => process.exit(0)));
});
