import type { Config } from '../config/load-config.ts';
import { localInstance } from '../neo4j/connect.ts';
import { neo4jStatus, startNeo4j, stopNeo4j } from '../neo4j/local-instance.ts';
import { installProgress } from './install-progress.ts';

export async function runNeo4j(config: Config, args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const name = rest[0] === '--instance' && rest[1] ? rest[1] : 'default';
  if (config.external) {
    console.error(`stategraph neo4j: NEO4J_URI is set (${config.external.uri}); the project's own Neo4j is not used`);
    return action === 'status' ? 0 : 1;
  }
  const instance = localInstance(config, name);
  switch (action) {
    case 'start': {
      const c = await startNeo4j(instance, installProgress(), (m) => console.error(m));
      console.log(
        `Neo4j "${name}" answers at ${c.uri} (user neo4j, password in ${config.cacheDir}/instances/${name}/password)`,
      );
      return 0;
    }
    case 'stop':
      console.log((await stopNeo4j(instance)) ? `stopped Neo4j "${name}"` : `Neo4j "${name}" was not running`);
      return 0;
    case 'status': {
      const s = await neo4jStatus(instance);
      console.log(
        s.running
          ? `Neo4j "${name}" running (pid ${s.pid}), Bolt ${s.answering ? 'answering' : 'not answering'} on port ${config.neo4j.boltPort}`
          : `Neo4j "${name}" is not running`,
      );
      return s.running ? 0 : 3;
    }
    default:
      console.error('usage: stategraph neo4j start|stop|status [--instance NAME]');
      return 1;
  }
}
