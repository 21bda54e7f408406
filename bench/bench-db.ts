import { loadConfig } from '../server/config/load-config.ts';
import { connect } from '../server/neo4j/connect.ts';
import type { Database } from '../server/neo4j/database.ts';
import { migrate } from '../server/neo4j/migrate.ts';

/** Benchmarks run on NEO4J_URI when set, else on the project's own "bench" instance, never on the data of `npm start`. */
export async function openBenchDb(): Promise<Database> {
  const config = loadConfig({ ...process.env, NEO4J_BOLT_PORT: process.env.STATEGRAPH_BENCH_BOLT_PORT ?? '7689' });
  const db = await connect(config, { instance: 'bench', log: (m) => console.error(m) });
  await migrate(db);
  return db;
}
