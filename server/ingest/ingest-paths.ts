import type { Database } from '../neo4j/database.ts';
import { loadReferenceWorld } from '../reference/load-reference-world.ts';
import type { ProgressReporter } from './progress.ts';
import { writeWorld, type Summary } from './write-world.ts';

/** Ingests each argument: "reference" for the bundled world, else a file or folder of records or articles. */
export async function ingestPaths(db: Database, paths: string[], progress: ProgressReporter): Promise<Summary> {
  const summary: Summary = {};
  for (const p of paths) {
    if (p === 'reference') merge(summary, await writeWorld(db, await loadReferenceWorld(), progress));
    else throw new Error(`stategraph/ingest: ${p}: only "reference" is supported yet`);
  }
  return summary;
}

function merge(into: Summary, from: Summary): void {
  for (const [k, c] of Object.entries(from)) {
    const p = into[k];
    into[k] = p ? { rows: p.rows + c.rows, created: p.created + c.created, updated: p.updated + c.updated, rejected: p.rejected + c.rejected } : c;
  }
}
