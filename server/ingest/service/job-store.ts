import { randomUUID } from 'node:crypto';
import type { Database, Transaction } from '../../neo4j/database.ts';
import { runNamed, runNamedIn } from '../../neo4j/run-named.ts';

export type JobKind = 'documents' | 'file' | 'upload';
export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** A persisted ingest job; `payload` is JSON of what it ingests, kept until the job ends. */
export interface JobRecord {
  id: string;
  kind: JobKind;
  label: string;
  sourceId: string | null;
  payload?: string | null;
  state: JobState;
  total: number;
  done: number;
  created: number;
  updated: number;
  rejected: number;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface NewJob {
  kind: JobKind;
  label: string;
  sourceId: string | null;
  payload: unknown;
  total: number;
  /** 'running' for a job its creator runs at once (an upload), else queued for the worker. */
  state?: 'queued' | 'running';
}

export interface JobProgress {
  done: number;
  total: number;
  created: number;
  updated: number;
  rejected: number;
  lastError?: string | null;
}

const now = () => new Date().toISOString();

/** The only code that reads and writes IngestJob nodes. */
export const jobStore = {
  async create(db: Database | Transaction, job: NewJob): Promise<string> {
    const id = `${now().replace(/[-:.TZ]/g, '')}-${randomUUID().slice(0, 8)}`;
    const params = {
      id,
      kind: job.kind,
      label: job.label,
      sourceId: job.sourceId,
      payload: JSON.stringify(job.payload),
      total: job.total,
      state: job.state ?? 'queued',
      now: now(),
    };
    if ('run' in db) await runNamedIn(db, 'jobs/create-job', params);
    else await runNamed(db, 'jobs/create-job', params);
    return id;
  },
  async claimNext(db: Database): Promise<JobRecord | null> {
    const [row] = await runNamed<{ job: JobRecord }>(db, 'jobs/claim-next-job', { now: now() });
    return row?.job ?? null;
  },
  async saveProgress(db: Database, id: string, p: JobProgress): Promise<void> {
    await runNamed(db, 'jobs/save-job-progress', { id, ...p, lastError: p.lastError ?? null });
  },
  async finish(db: Database, id: string, state: 'done' | 'failed', lastError: string | null): Promise<void> {
    await runNamed(db, 'jobs/finish-job', { id, state, lastError, now: now() });
  },
  async requeueRunning(db: Database): Promise<number> {
    const [row] = await runNamed<{ requeued: number }>(db, 'jobs/requeue-running-jobs');
    return row?.requeued ?? 0;
  },
  async list(db: Database, opts: { state?: JobState; limit?: number } = {}): Promise<JobRecord[]> {
    const rows = await runNamed<{ job: JobRecord }>(db, 'jobs/list-jobs', {
      state: opts.state ?? null,
      limit: opts.limit ?? 50,
    });
    return rows.map((r) => r.job);
  },
};
