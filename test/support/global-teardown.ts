import { loadConfig } from '../../server/config/load-config.ts';
import { localInstance } from '../../server/neo4j/connect.ts';
import { stopNeo4j } from '../../server/neo4j/local-instance.ts';

/** Stops the test instance if global-setup started it, unless STATEGRAPH_KEEP_NEO4J asks to keep it for the next run. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.STATEGRAPH_TEST_STARTED !== '1' || process.env.STATEGRAPH_KEEP_NEO4J) return;
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    NEO4J_BOLT_PORT: process.env.STATEGRAPH_TEST_BOLT_PORT ?? '7688',
  });
  await stopNeo4j(localInstance(config, process.env.STATEGRAPH_TEST_INSTANCE ?? 'test'));
}
