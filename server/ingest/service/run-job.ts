import { readFileSync } from 'node:fs';
import type { Gazetteer } from '../../extract/build-gazetteer.ts';
import { extractMany } from '../../extract/extract-to-json-lines.ts';
import { readDocumentInputs } from '../../extract/read-document-inputs.ts';
import type { DocumentInput } from '../../extract/types.ts';
import type { Database } from '../../neo4j/database.ts';
import { loadCameoCodes } from '../../reference/cameo.ts';
import { classifyFile } from '../classify-file.ts';
import { gazetteerFromGraph } from '../documents/load-gazetteer.ts';
import { writeDocument } from '../documents/write-document.ts';
import { finishWrite } from '../finish-write.ts';
import { ingestRecordFile } from '../ingest-record-file.ts';
import { IngestInputError } from '../list-input-files.ts';
import { silentProgress } from '../progress.ts';
import { ingestRecordStream } from '../streaming/ingest-record-stream.ts';
import { readHead } from '../streaming/read-head.ts';
import { detectDatasetFormat } from '../datasets/detect-dataset-format.ts';
import { ingestDatasetFile } from '../datasets/ingest-dataset-file.ts';
import type { Summary } from '../write-world.ts';
import { jobStore, type JobProgress, type JobRecord } from './job-store.ts';

export interface FilePayload {
  /** Where the file waits while its job runs. */
  path: string;
  name: string;
}

export interface UploadPayload {
  format: 'records' | 'articles';
  filename: string;
  content: string;
}

export interface RunControl {
  /** Asked between documents: true stops the job where it is, left running, to be resumed by the next start. */
  shouldStop(): boolean;
  onProgress?(job: JobRecord, p: JobProgress): void;
}

export type JobOutcome = { outcome: 'done'; summary: Summary; rejected?: string[] } | { outcome: 'stopped' };

/** Extracts and writes documents from `job.done` on, saving progress after each, so a restart resumes there. */
async function runDocuments(
  db: Database,
  job: JobRecord,
  inputs: DocumentInput[],
  ctl: RunControl,
): Promise<JobOutcome> {
  const p: JobProgress = {
    done: job.done,
    total: inputs.length,
    created: job.created,
    updated: job.updated,
    rejected: job.rejected,
    lastError: job.lastError,
  };
  let gazetteer: Gazetteer | null = null;
  const rejected: string[] = [];
  for (let i = job.done; i < inputs.length; i++) {
    if (ctl.shouldStop()) return { outcome: 'stopped' };
    gazetteer ??= await gazetteerFromGraph(db);
    const [o] = extractMany([inputs[i]!], gazetteer);
    if (!o!.ok) {
      p.rejected++;
      p.lastError = `${job.label}: document ${i + 1}${o!.failure.id ? ` (${o!.failure.id})` : ''}: ${o!.failure.error.message}`;
      rejected.push(p.lastError);
    } else {
      const outcome = await writeDocument(db, o!.extraction);
      if (outcome === 'created') p.created++;
      if (outcome === 'replaced') p.updated++;
    }
    p.done = i + 1;
    await jobStore.saveProgress(db, job.id, p);
    ctl.onProgress?.(job, p);
  }
  await finishWrite(db, { documents: p.created + p.updated });
  const documents = { rows: p.total, created: p.created, updated: p.updated, rejected: p.rejected };
  return { outcome: 'done', summary: { documents }, rejected };
}

/** A record file is all or nothing: it is written whole or fails with its file:line: field errors. */
async function runRecords(db: Database, job: JobRecord, name: string, text: string): Promise<JobOutcome> {
  return recordsDone(db, job, await ingestRecordFile(db, name, text, loadCameoCodes(), silentProgress));
}

async function recordsDone(db: Database, job: JobRecord, summary: Summary): Promise<JobOutcome> {
  const sum = Object.values(summary).reduce(
    (a, c) => ({
      rows: a.rows + c.rows,
      created: a.created + c.created,
      updated: a.updated + c.updated,
      rejected: a.rejected + c.rejected,
    }),
    { rows: 0, created: 0, updated: 0, rejected: 0 },
  );
  await jobStore.saveProgress(db, job.id, {
    done: 1,
    total: 1,
    created: sum.created,
    updated: sum.updated,
    rejected: sum.rejected,
  });
  return { outcome: 'done', summary };
}

/** Runs one job to its end (or to a stop); a thrown error means the job failed for that reason. */
export async function runJob(db: Database, job: JobRecord, ctl: RunControl): Promise<JobOutcome> {
  const payload = JSON.parse(job.payload ?? 'null') as unknown;
  if (job.kind === 'documents')
    return runDocuments(db, job, (payload as { documents: DocumentInput[] }).documents, ctl);
  if (job.kind === 'file') {
    const f = payload as FilePayload;
    const dataset = detectDatasetFormat(readHead(f.path).split('\n', 1)[0] ?? '');
    if (dataset) return recordsDone(db, job, await ingestDatasetFile(db, f.path, f.name, dataset, loadCameoCodes()));
  }
  if (
    job.kind === 'file' &&
    classifyFile((payload as FilePayload).name, readHead((payload as FilePayload).path)) === 'records'
  ) {
    const f = payload as FilePayload;
    return recordsDone(db, job, await ingestRecordStream(db, f.path, f.name, loadCameoCodes()));
  }
  const { name, text } =
    job.kind === 'file'
      ? { name: (payload as FilePayload).name, text: readFileSync((payload as FilePayload).path, 'utf8') }
      : { name: (payload as UploadPayload).filename, text: (payload as UploadPayload).content };
  const kind = job.kind === 'upload' ? (payload as UploadPayload).format : classifyFile(name, text);
  if (kind === 'unsupported')
    throw new IngestInputError(
      `stategraph/ingest: ${name}: unsupported file type (expected .jsonl, .csv, .txt, .md or .html)`,
    );
  if (kind === 'records') return runRecords(db, job, name, text);
  return runDocuments(db, job, readDocumentInputs(name, text), ctl);
}
