import { loadConfig } from '../../server/config/load-config.ts';
import { openDatabase, type Database } from '../../server/neo4j/database.ts';
import { migrate } from '../../server/neo4j/migrate.ts';
import { backfillNetwork } from '../../server/ingest/network/backfill-network.ts';
import { namedQuery } from '../../server/neo4j/named-queries.ts';
import { readStats, type GraphStats } from '../../server/stats/read-stats.ts';

/** The database global-setup started (or NEO4J_URI named), migrated. */
export async function openTestDb(): Promise<Database> {
  const config = loadConfig();
  if (!config.external) throw new Error('test-db: NEO4J_URI is not set; run through jest so global-setup starts Neo4j');
  const db = openDatabase(config.external, config.database);
  await backfillNetwork(db, (await migrate(db)).applied, () => {});
  return db;
}

export async function emptyGraph(db: Database): Promise<void> {
  await db.autoCommit(namedQuery('admin/delete-all-relationships').text);
  await db.autoCommit(namedQuery('admin/delete-all').text);
}

export const counts = (db: Database): Promise<GraphStats> => readStats(db);
