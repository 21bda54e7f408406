import type { Config } from '../config/load-config.ts';
import { startIngestService } from '../ingest/service/start-ingest-service.ts';
import { connect } from '../neo4j/connect.ts';
import { migrate } from '../neo4j/migrate.ts';
import { installProgress } from './install-progress.ts';

/**
 * `stategraph serve`: the ingest service alone, as a worker beside a web process started with
 * STATEGRAPH_INGEST=off. It polls feeds, watches the inbox and runs jobs until stopped (Ctrl-C).
 */
export async function runServe(config: Config): Promise<number> {
  const db = await connect(config, { progress: installProgress(), log: (m) => console.error(m) });
  await migrate(db);
  const service = await startIngestService(db, (m) => console.error(m));
  if (!service) {
    console.error('stategraph serve: STATEGRAPH_INGEST=off, nothing to do');
    await db.close();
    return 1;
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await service.stop();
  await db.close();
  return 0;
}
