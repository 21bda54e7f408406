import type { Config } from '../config/load-config.ts';
import { createApp } from '../api/create-app.ts';
import { loadReferenceWorld } from '../reference/load-reference-world.ts';
import { createProgress } from '../ingest/progress.ts';
import { startIngestService } from '../ingest/service/start-ingest-service.ts';
import { writeWorld } from '../ingest/write-world.ts';
import { connect, localInstance } from '../neo4j/connect.ts';
import { runningPid, stopNeo4j } from '../neo4j/local-instance.ts';
import { migrate } from '../neo4j/migrate.ts';
import { backfillNetwork } from '../ingest/network/backfill-network.ts';
import { readStats } from '../stats/read-stats.ts';
import { ensureClientBuilt } from './ensure-client-built.ts';
import { installProgress } from './install-progress.ts';
import { formatSummary } from './print-summary.ts';

/**
 * `npm start`: Neo4j (provisioned and started when none is configured), migrations, the reference world
 * into an empty graph, the web page, then the server. A Neo4j this command started is stopped with it.
 */
export async function runStart(config: Config): Promise<number> {
  const instance = config.external ? null : localInstance(config);
  const startedHere = instance !== null && runningPid(instance) === null;
  const db = await connect(config, { progress: installProgress(), log: (m) => console.error(m) });
  await backfillNetwork(db, (await migrate(db)).applied, (m) => console.error(m));
  const stats = await readStats(db);
  if (!stats.nodes.State) {
    console.error('the graph has no states: loading the reference world');
    console.error(formatSummary(await writeWorld(db, await loadReferenceWorld(), createProgress())));
  }
  ensureClientBuilt((m) => console.error(m));
  const ingest = await startIngestService(db, (m) => console.error(m));
  const app = createApp({ db, config });
  const server = app.listen(config.port, config.host, () => {
    console.log(
      `StateGraph serves on http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`,
    );
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise<void>((resolve, reject) => {
    server.once('close', resolve);
    server.once('error', reject);
  });
  await ingest?.stop();
  await db.close();
  if (startedHere && !process.env.STATEGRAPH_KEEP_NEO4J) {
    console.error('stopping the Neo4j this command started (STATEGRAPH_KEEP_NEO4J=1 keeps it)');
    await stopNeo4j(instance);
  }
  return 0;
}
