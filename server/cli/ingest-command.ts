import type { Config } from '../config/load-config.ts';
import { createProgress } from '../ingest/progress.ts';
import { ingestPaths } from '../ingest/ingest-paths.ts';
import { connect } from '../neo4j/connect.ts';
import { migrate } from '../neo4j/migrate.ts';
import { backfillNetwork } from '../ingest/network/backfill-network.ts';
import { installProgress } from './install-progress.ts';
import { formatSummary } from './print-summary.ts';
import { terminalSafe } from './terminal-safe.ts';

export async function runIngest(config: Config, paths: string[]): Promise<number> {
  const db = await connect(config, { progress: installProgress(), log: (m) => console.error(m) });
  try {
    const { applied } = await migrate(db);
    if (applied.length > 0) console.error(`applied migrations: ${applied.join(', ')}`);
    await backfillNetwork(db, applied, (m) => console.error(m));
    if (paths.length === 0) return 0;
    const started = Date.now();
    const summary = await ingestPaths(db, paths, createProgress(), (m) => console.error(terminalSafe(m)));
    console.log(formatSummary(summary));
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // A rejected document is a failure the caller (a script, CI) must notice; the reasons are printed above.
    const rejected = Object.values(summary).reduce((n, c) => n + c.rejected, 0);
    if (rejected > 0) console.error(`${rejected} rejected; nothing of those was stored (reasons above)`);
    return rejected > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
