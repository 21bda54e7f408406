import type { Gazetteer } from '../extract/build-gazetteer.ts';
import { extractMany } from '../extract/extract-to-json-lines.ts';
import { readDocumentInputs } from '../extract/read-document-inputs.ts';
import type { Database } from '../neo4j/database.ts';
import { writeDocument } from './documents/write-document.ts';
import type { Summary } from './write-world.ts';

/** Extracts and stores each document of a file; one that cannot be read is counted as rejected and named. */
export async function ingestArticleFile(
  db: Database,
  file: string,
  text: string,
  gazetteer: Gazetteer,
  warn: (m: string) => void,
): Promise<Summary> {
  const outcomes = extractMany(readDocumentInputs(file, text), gazetteer);
  const counts = { rows: outcomes.length, created: 0, updated: 0, rejected: 0 };
  for (const o of outcomes) {
    if (!o.ok) {
      counts.rejected++;
      warn(
        `${file}: document ${o.failure.index + 1}${o.failure.id ? ` (${o.failure.id})` : ''}: ${o.failure.error.message}`,
      );
      continue;
    }
    const outcome = await writeDocument(db, o.extraction);
    if (outcome === 'created') counts.created++;
    if (outcome === 'replaced') counts.updated++;
  }
  return { documents: counts };
}
