import type { Config } from '../config/load-config.ts';
import { rebuildNetwork } from '../ingest/network/rebuild-network.ts';
import { connect } from '../neo4j/connect.ts';
import { migrate } from '../neo4j/migrate.ts';
import { installProgress } from './install-progress.ts';

/** `stategraph rebuild-network`: recounts every DYAD and per-month summary from the events, for repair. */
export async function runRebuildNetwork(config: Config): Promise<number> {
  const db = await connect(config, { progress: installProgress(), log: (m) => console.error(m) });
  try {
    await migrate(db);
    const started = Date.now();
    const { months, dyads } = await rebuildNetwork(db);
    console.log(
      `state network rebuilt: ${dyads} DYADs from ${months} pair-months in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
