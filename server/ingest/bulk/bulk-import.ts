import path from 'node:path';
import type { Database } from '../../neo4j/database.ts';
import { localConnection, startNeo4j, type LocalInstance } from '../../neo4j/local-instance.ts';
import { openDatabase } from '../../neo4j/database.ts';
import { migrate } from '../../neo4j/migrate.ts';
import { loadCameoCodes } from '../../reference/cameo.ts';
import { loadReferenceWorld } from '../../reference/load-reference-world.ts';
import { detectDatasetFormat } from '../datasets/detect-dataset-format.ts';
import { datasetReader } from '../datasets/read-dataset-records.ts';
import { finishWrite } from '../finish-write.ts';
import { readHead } from '../streaming/read-head.ts';
import { writeWorld } from '../write-world.ts';
import { runBulkImport } from './run-bulk-import.ts';
import { writeBulkCsv } from './write-bulk-csv.ts';

export interface BulkTimings {
  events: number;
  csvSeconds: number;
  importSeconds: number;
  finishSeconds: number;
}

const since = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

/**
 * Loads state-to-state event files (record files or ICEWS/GDELT/POLECAT) into an empty database through Neo4j's
 * offline importer: CSVs written in a stream, the import with the instance stopped, then start, migrations, the
 * reference world merged onto the imported states, and the state network built. Replaces the database.
 */
export async function bulkImport(
  instance: LocalInstance,
  files: string[],
  log: (m: string) => void,
): Promise<{ db: Database; timings: BulkTimings }> {
  const cameo = loadCameoCodes();
  const inputs = files.map((f) => {
    const format = detectDatasetFormat(readHead(f).split('\n', 1)[0] ?? '');
    return { path: f, name: path.basename(f), read: format ? datasetReader(format, new Map()) : undefined };
  });
  let t0 = process.hrtime.bigint();
  const csv = await writeBulkCsv(inputs, path.join(instance.cacheDir, 'bulk', instance.name), cameo);
  const csvSeconds = since(t0);
  t0 = process.hrtime.bigint();
  await runBulkImport(instance, csv, log);
  const importSeconds = since(t0);
  t0 = process.hrtime.bigint();
  await startNeo4j(instance, undefined, log);
  const db = openDatabase(localConnection(instance), 'neo4j');
  await migrate(db);
  await writeWorld(db, await loadReferenceWorld(), undefined, { finish: false });
  await finishWrite(db, { facts: csv.events, rebuild: true });
  return { db, timings: { events: csv.events, csvSeconds, importSeconds, finishSeconds: since(t0) } };
}
