import type { Database } from '../neo4j/database.ts';
import { jobStore, type JobRecord } from './service/job-store.ts';
import { runJob } from './service/run-job.ts';
import { withWriteLock } from './service/write-lock.ts';
import type { Summary } from './write-world.ts';

export interface IngestPayload {
  format: 'records' | 'articles';
  filename: string;
  content: string;
}

/**
 * What POST /api/ingest writes: one record file (all or nothing) or one file of articles, as the ingest command
 * would. It is recorded as an ingest job, so it shows in GET /api/ingest/jobs and a restart mid-way resumes it.
 */
export async function ingestPayload(
  db: Database,
  p: IngestPayload,
): Promise<{ job: string; summary: Summary; rejected: string[] }> {
  const label = `upload: ${p.filename}`;
  const id = await jobStore.create(db, {
    kind: 'upload',
    label,
    sourceId: 'api',
    payload: p,
    total: 0,
    state: 'running',
  });
  const job: JobRecord = {
    id,
    kind: 'upload',
    label,
    sourceId: 'api',
    payload: JSON.stringify(p),
    state: 'running',
    total: 0,
    done: 0,
    created: 0,
    updated: 0,
    rejected: 0,
    attempts: 1,
    lastError: null,
    createdAt: '',
    startedAt: null,
    finishedAt: null,
  };
  try {
    const r = await withWriteLock(() => runJob(db, job, { shouldStop: () => false }));
    await jobStore.finish(db, id, 'done', null);
    return r.outcome === 'done'
      ? { job: id, summary: r.summary, rejected: r.rejected ?? [] }
      : { job: id, summary: {}, rejected: [] };
  } catch (e) {
    await jobStore.finish(db, id, 'failed', (e as Error).message);
    throw e;
  }
}
