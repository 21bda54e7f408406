import type { Config } from '../config/load-config.ts';
import { bulkImport } from '../ingest/bulk/bulk-import.ts';
import { localInstance } from '../neo4j/connect.ts';

/** `stategraph bulk-import <file>…`: the offline importer into the project's own (stopped) instance, replacing its data. */
export async function runBulkImportCommand(config: Config, files: string[]): Promise<number> {
  if (config.external) {
    console.error(
      "stategraph bulk-import: works on the project's own instance only (unset NEO4J_URI); use `ingest` against a server",
    );
    return 1;
  }
  if (files.length === 0) {
    console.error(
      'usage: stategraph bulk-import <event file>… (the instance must be stopped; its database is replaced)',
    );
    return 1;
  }
  const { db, timings } = await bulkImport(localInstance(config), files, (m) => console.error(m));
  await db.close();
  const rate = timings.events / (timings.csvSeconds + timings.importSeconds);
  console.error(
    `bulk import: ${timings.events} events; CSV ${timings.csvSeconds.toFixed(1)} s, import ${timings.importSeconds.toFixed(1)} s (${Math.round(rate)} rows/s), reference world and network ${timings.finishSeconds.toFixed(1)} s`,
  );
  return 0;
}
