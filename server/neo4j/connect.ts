import type { Config } from '../config/load-config.ts';
import { openDatabase, type Database } from './database.ts';
import { startNeo4j, type LocalInstance } from './local-instance.ts';
import type { Progress } from './provision/install-neo4j.ts';

export function localInstance(config: Config, name = 'default'): LocalInstance {
  return { name, cacheDir: config.cacheDir, settings: config.neo4j };
}

/** Opens the configured database: the user's own server when NEO4J_URI is set, else the project's own, started if needed. */
export async function connect(
  config: Config,
  opts: { instance?: string; progress?: Progress; log?: (m: string) => void } = {},
): Promise<Database> {
  if (config.external) return openDatabase(config.external, config.database);
  const connection = await startNeo4j(localInstance(config, opts.instance), opts.progress, opts.log);
  return openDatabase(connection, config.database);
}
