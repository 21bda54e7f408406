import type { Database } from '../neo4j/database.ts';
import { loadCameoCodes } from '../reference/cameo.ts';
import { gazetteerFromGraph } from './documents/load-gazetteer.ts';
import { ingestArticleFile } from './ingest-article-file.ts';
import { ingestRecordFile } from './ingest-record-file.ts';
import { silentProgress } from './progress.ts';
import type { Summary } from './write-world.ts';

export interface IngestPayload {
  format: 'records' | 'articles';
  filename: string;
  content: string;
}

/** The counts, and why each rejected document was rejected. */
export interface IngestOutcome {
  summary: Summary;
  rejected: string[];
}

/** What POST /api/ingest writes: one record file (all or nothing) or one file of articles, as the ingest command would. */
export async function ingestPayload(db: Database, p: IngestPayload): Promise<IngestOutcome> {
  if (p.format === 'records') {
    return { summary: await ingestRecordFile(db, p.filename, p.content, loadCameoCodes(), silentProgress), rejected: [] };
  }
  const warnings: string[] = [];
  const summary = await ingestArticleFile(db, p.filename, p.content, await gazetteerFromGraph(db), (m) => warnings.push(m));
  return { summary, rejected: warnings };
}
