import { loadConfig } from '../../server/config/load-config.ts';
import { localInstance } from '../../server/neo4j/connect.ts';
import { localConnection, runningPid, startNeo4j } from '../../server/neo4j/local-instance.ts';

/**
 * Integration tests run against a real Neo4j: the one NEO4J_URI names, or else the project's own
 * "test" instance on its own port, so tests never touch the data of `npm start`.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const port = process.env.STATEGRAPH_TEST_BOLT_PORT ?? '7688';
  const config = loadConfig({ ...process.env, NEO4J_BOLT_PORT: port, NEO4J_HEAP: process.env.NEO4J_HEAP ?? '2g' });
  const instance = localInstance(config, process.env.STATEGRAPH_TEST_INSTANCE ?? 'test');
  const wasRunning = runningPid(instance) !== null;
  await startNeo4j(instance, undefined, (m) => console.error(m));
  if (!wasRunning) process.env.STATEGRAPH_TEST_STARTED = '1';
  const c = localConnection(instance);
  process.env.NEO4J_URI = c.uri;
  process.env.NEO4J_USER = c.user;
  process.env.NEO4J_PASSWORD = c.password;
}
