import type { Config } from '../config/load-config.ts';
import { createApp } from '../api/create-app.ts';
import { loadReferenceWorld } from '../reference/load-reference-world.ts';
import { createProgress } from '../ingest/progress.ts';
import { writeWorld } from '../ingest/write-world.ts';
import { connect } from '../neo4j/connect.ts';
import { migrate } from '../neo4j/migrate.ts';
import { readStats } from '../stats/read-stats.ts';
import { installProgress } from './install-progress.ts';
import { formatSummary } from './print-summary.ts';

export async function runStart(config: Config): Promise<number> {
  const db = await connect(config, { progress: installProgress(), log: (m) => console.error(m) });
  await migrate(db);
  const stats = await readStats(db);
  if (!stats.nodes.State) {
    console.error('the graph has no states: loading the reference world');
    console.error(formatSummary(await writeWorld(db, await loadReferenceWorld(), createProgress())));
  }
  const app = createApp({ db, config });
  const server = app.listen(config.port, config.host, () => {
    console.log(`StateGraph serves on http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`);
  });
  const stop = () => {
    server.close();
    void db.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise((resolve) => server.on('close', () => resolve(0)));
}
