import { readFileSync } from 'node:fs';
import type { Gazetteer } from '../extract/build-gazetteer.ts';
import type { Database } from '../neo4j/database.ts';
import { loadReferenceWorld } from '../reference/load-reference-world.ts';
import { loadCameoCodes } from '../reference/cameo.ts';
import { classifyFile } from './classify-file.ts';
import { finishWrite } from './finish-write.ts';
import { gazetteerFromGraph } from './documents/load-gazetteer.ts';
import { ingestArticleFile } from './ingest-article-file.ts';
import { readHead } from './streaming/read-head.ts';
import { detectDatasetFormat } from './datasets/detect-dataset-format.ts';
import { ingestDatasetFile } from './datasets/ingest-dataset-file.ts';
import { ingestRecordStream } from './streaming/ingest-record-stream.ts';
import { IngestInputError, listInputFiles } from './list-input-files.ts';
import type { ProgressReporter } from './progress.ts';
import { writeWorld, type Summary } from './write-world.ts';

export function mergeSummaries(into: Summary, from: Summary): Summary {
  for (const [k, c] of Object.entries(from)) {
    const p = into[k];
    into[k] = p
      ? {
          rows: p.rows + c.rows,
          created: p.created + c.created,
          updated: p.updated + c.updated,
          rejected: p.rejected + c.rejected,
        }
      : { ...c };
  }
  return into;
}

/**
 * Ingests each argument: "reference" for the bundled world, else files or folders of records and articles.
 * Record files are all-or-nothing each; the first bad one stops the run with its file:line: field errors.
 */
export async function ingestPaths(
  db: Database,
  paths: string[],
  progress: ProgressReporter,
  warn: (m: string) => void = console.error,
): Promise<Summary> {
  const summary: Summary = {};
  const files = paths.flatMap((p) => (p === 'reference' ? [p] : listInputFiles(p)));
  let gazetteer: Gazetteer | null = null;
  for (const file of files) {
    if (file === 'reference') {
      mergeSummaries(summary, await writeWorld(db, await loadReferenceWorld(), progress));
      gazetteer = null;
      continue;
    }
    const head = readHead(file);
    const dataset = detectDatasetFormat(head.split('\n', 1)[0] ?? '');
    if (dataset) {
      mergeSummaries(summary, await ingestDatasetFile(db, file, file, dataset, loadCameoCodes(), progress));
      continue;
    }
    const kind = classifyFile(file, head);
    if (kind === 'unsupported')
      throw new IngestInputError(
        `stategraph/ingest: ${file}: unsupported file type (expected .jsonl, .csv, .txt, .md or .html)`,
      );
    if (kind === 'records') {
      // Streamed in two passes: a record file of any size is validated whole before anything is written.
      mergeSummaries(summary, await ingestRecordStream(db, file, file, loadCameoCodes(), progress));
      gazetteer = null; // new leaders or bodies may have arrived
    } else {
      const text = readFileSync(file, 'utf8');
      gazetteer ??= await gazetteerFromGraph(db);
      mergeSummaries(summary, await ingestArticleFile(db, file, text, gazetteer, warn));
    }
  }
  await finishWrite(db, { documents: (summary.documents?.created ?? 0) + (summary.documents?.updated ?? 0) });
  return summary;
}
