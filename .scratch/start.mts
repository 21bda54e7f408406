import { loadConfig } from '/work/wt-harden/server/config/load-config.ts';
import { localInstance } from '/work/wt-harden/server/neo4j/connect.ts';
import { startNeo4j } from '/work/wt-harden/server/neo4j/local-instance.ts';
const config = loadConfig({ ...process.env, NEO4J_BOLT_PORT: process.env.STATEGRAPH_TEST_BOLT_PORT });
const c = await startNeo4j(localInstance(config, process.env.STATEGRAPH_TEST_INSTANCE), undefined, (m) => console.error(m));
console.log(JSON.stringify(c));
