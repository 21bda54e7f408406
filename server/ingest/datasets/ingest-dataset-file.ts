import type { CameoCode } from '../../model/types.ts';
import type { Database } from '../../neo4j/database.ts';
import { silentProgress, type ProgressReporter } from '../progress.ts';
import { ingestRecordStream } from '../streaming/ingest-record-stream.ts';
import type { Summary } from '../write-world.ts';
import type { DatasetFormat } from './detect-dataset-format.ts';
import { datasetReader, type SkipCounts } from './read-dataset-records.ts';

/**
 * Loads an ICEWS (Dataverse), GDELT 2.0 or POLECAT file through the streaming record loader: all or nothing for
 * malformed rows; rows that are not state-to-state are left out and counted under `skipped`.
 */
export async function ingestDatasetFile(
  db: Database,
  file: string,
  name: string,
  format: DatasetFormat,
  cameo: readonly CameoCode[],
  progress: ProgressReporter = silentProgress,
): Promise<Summary> {
  const skipped: SkipCounts = new Map();
  const summary = await ingestRecordStream(db, file, name, cameo, progress, 5000, datasetReader(format, skipped));
  // each pass counts the same rows; the first pass's count is the file's
  const total = [...skipped.values()].reduce((a, b) => a + b, 0) / 2;
  if (total > 0) summary.skipped = { rows: total, created: 0, updated: 0, rejected: total };
  return summary;
}
