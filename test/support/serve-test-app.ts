// The app on the test graph, in a process of its own, for outside tools such as schemathesis (.ci/run):
// starts the test Neo4j the way jest's global-setup does, loads the reference world and the seed article,
// then serves the API on 127.0.0.1 and prints {"port": n}. SIGTERM or SIGINT stops the server, and Neo4j
// too when this process started it (unless STATEGRAPH_KEEP_NEO4J).
//   node --import tsx test/support/serve-test-app.ts [port]
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../../server/api/create-app.ts';
import { loadConfig } from '../../server/config/load-config.ts';
import globalSetup from './global-setup.ts';
import globalTeardown from './global-teardown.ts';
import { openTestDb } from './test-db.ts';
import { ensureSeedArticle } from './world.ts';

const port = Number(process.argv[2] ?? 0);
await globalSetup();
const db = await openTestDb();
await ensureSeedArticle(db);
// No API token: the write routes answer 401, so a fuzzer cannot change the graph it is reading.
const { STATEGRAPH_API_TOKEN: _token, ...env } = process.env;
const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
// Limits well above what one fuzzing run asks, so its answers are about the input and not about its pace.
const rateLimits = { cypher: 100_000, ingest: 100_000, expensive: 100_000 };
const app = createApp({ db, config, logger: pino({ level: 'silent' }), rateLimits, clientDir: null });
const server = app.listen(port, '127.0.0.1', () =>
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })),
);

const stop = () => {
  server.closeAllConnections();
  server.close(
    () =>
      void db
        .close()
        .then(globalTeardown)
        .then(() => process.exit(0)),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
