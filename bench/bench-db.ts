import { loadConfig } from '../server/config/load-config.ts';
import { localInstance } from '../server/neo4j/connect.ts';
import { openDatabase, type Database } from '../server/neo4j/database.ts';
import { startNeo4j, type Connection } from '../server/neo4j/local-instance.ts';
import { migrate } from '../server/neo4j/migrate.ts';
import { backfillNetwork } from '../server/ingest/network/backfill-network.ts';

/** Benchmarks run on NEO4J_URI when set, else on the project's own "bench" instance, never on the data of `npm start`. */
export async function openBench(instance = 'bench'): Promise<{ db: Database; connection: Connection }> {
  const config = loadConfig({ ...process.env, NEO4J_BOLT_PORT: process.env.STATEGRAPH_BENCH_BOLT_PORT ?? '7689' });
  const connection =
    config.external ?? (await startNeo4j(localInstance(config, instance), undefined, (m) => console.error(m)));
  const db = openDatabase(connection, config.database);
  await backfillNetwork(db, (await migrate(db)).applied, (m) => console.error(m));
  return { db, connection };
}

export const openBenchDb = async (instance?: string): Promise<Database> => (await openBench(instance)).db;
