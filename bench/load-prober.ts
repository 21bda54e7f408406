// The /healthz prober for bench/load.ts, in a process of its own: the load generator's busy event loop would
// otherwise add its own delay to every probe. Probes every 50 ms until SIGTERM, then prints the times as JSON.
import { Agent, get } from 'node:http';

const port = Number(process.argv[2]);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const times: number[] = [];
const statuses: Record<number, number> = {};
let timeouts = 0;
let errors = 0;
let stopping = false;

const probe = () =>
  new Promise<void>((resolve) => {
    const started = performance.now();
    const req = get({ host: '127.0.0.1', port, path: '/healthz', agent, timeout: 10_000 }, (res) => {
      res.on('data', () => {});
      res.on('end', () => {
        times.push(performance.now() - started);
        statuses[res.statusCode!] = (statuses[res.statusCode!] ?? 0) + 1;
        resolve();
      });
    });
    req.on('timeout', () => (timeouts++, req.destroy(new Error('client timeout'))));
    req.on('error', (e) => (e.message === 'client timeout' || errors++, resolve()));
  });

process.once('SIGTERM', () => (stopping = true));
console.log(JSON.stringify({ ready: true }));
while (!stopping) {
  await probe();
  await new Promise((r) => setTimeout(r, 50));
}
agent.destroy();
console.log(JSON.stringify({ times, statuses, timeouts, errors }));
