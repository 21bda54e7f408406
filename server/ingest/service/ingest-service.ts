import type { Database } from '../../neo4j/database.ts';
import { inboxFolders, settleInboxFile, takeInboxFiles } from './inbox.ts';
import { jobStore, type JobProgress, type JobRecord } from './job-store.ts';
import { pollFeed, type PollResult } from './poll-feed.ts';
import { runJob, type FilePayload } from './run-job.ts';
import type { ServiceConfig } from './service-config.ts';
import { feedSourceRow, readSourcesFile, type SourceRow } from './source-spec.ts';
import { sourceStore } from './source-store.ts';
import { withWriteLock } from './write-lock.ts';

// Plain callbacks, not methods: they are handed on unbound.
export interface ServiceEvents {
  onPoll?: (sourceId: string, r: PollResult) => void;
  onProgress?: (job: JobRecord, p: JobProgress) => void;
  onJobEnd?: (job: JobRecord, state: 'done' | 'failed' | 'stopped', error: string | null) => void;
}

export interface IngestService {
  /** Registers the configured sources, queues jobs a stopped process left running, and starts the timer. */
  start(opts?: { timer?: boolean }): Promise<void>;
  /** One round: takes inbox files, polls the feeds that are due, then runs queued jobs; resolves when all are done. */
  tick(): Promise<void>;
  /** Stops after the document in hand; a job cut short stays running in the store and resumes at the next start. */
  stop(): Promise<void>;
  addFeed(input: unknown): Promise<SourceRow>;
}

const INBOX_ID = 'inbox';
const SETTLE_MS = 500;

export function createIngestService(
  db: Database,
  cfg: ServiceConfig,
  log: (m: string) => void,
  events: ServiceEvents = {},
): IngestService {
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  const polling = new Map<string, Promise<void>>();
  let draining: Promise<void> | null = null;

  const pollDue = async () => {
    const nowMs = Date.now();
    for (const s of await sourceStore.list(db)) {
      if (s.kind !== 'feed' || polling.has(s.id) || (s.nextPollAt && Date.parse(s.nextPollAt) > nowMs)) continue;
      // Each feed is polled on its own, so a slow one holds up no other.
      const p = pollFeed(db, s, cfg)
        .then((r) => {
          if (r.error) log(`ingest: feed ${s.id}: ${r.error}`);
          events.onPoll?.(s.id, r);
          if (r.jobId) void kickDrain();
        })
        .finally(() => polling.delete(s.id));
      polling.set(s.id, p);
    }
  };

  const takeInbox = async () => {
    if (!cfg.inboxDir) return;
    for (const file of takeInboxFiles(cfg.inboxDir, SETTLE_MS)) {
      await jobStore.create(db, {
        kind: 'file',
        label: `inbox: ${file.name}`,
        sourceId: INBOX_ID,
        payload: file,
        total: 0,
      });
      await sourceStore.record(
        db,
        INBOX_ID,
        { state: 'ok', lastPolledAt: new Date().toISOString() },
        { items: 1, jobs: 1 },
      );
    }
  };

  const finishJob = async (job: JobRecord, error: string | null) => {
    await jobStore.finish(db, job.id, error === null ? 'done' : 'failed', error);
    if (job.kind === 'file' && cfg.inboxDir)
      settleInboxFile(cfg.inboxDir, JSON.parse(job.payload!) as FilePayload, error);
    if (error !== null) log(`ingest: job ${job.id} (${job.label}) failed: ${error}`);
    events.onJobEnd?.(job, error === null ? 'done' : 'failed', error);
  };

  const drain = async () => {
    while (!stopping) {
      const job = await jobStore.claimNext(db);
      if (!job) return;
      try {
        const r = await withWriteLock(() =>
          runJob(db, job, { shouldStop: () => stopping, onProgress: events.onProgress }),
        );
        if (r.outcome === 'stopped') events.onJobEnd?.(job, 'stopped', null);
        else await finishJob(job, null);
      } catch (e) {
        await finishJob(job, (e as Error).message);
      }
    }
  };

  const kickDrain = (): Promise<void> => {
    if (stopping) return Promise.resolve();
    draining ??= drain()
      .catch((e: unknown) => log(`ingest: ${(e as Error).message}`))
      .finally(() => (draining = null));
    return draining;
  };

  let scanning: Promise<void> | null = null;
  const scan = (): Promise<void> => {
    scanning ??= (async () => {
      await takeInbox();
      await pollDue();
    })()
      .catch((e: unknown) => log(`ingest: ${(e as Error).message}`))
      .finally(() => (scanning = null));
    return scanning;
  };

  // The timer neither waits for polls nor for jobs: a slow feed or a long file holds up nothing else.
  const onTimer = () => void scan().then(kickDrain);

  const tick = async () => {
    await scan();
    await Promise.all(polling.values());
    await kickDrain();
  };

  return {
    async start(opts = {}) {
      const rows: SourceRow[] = [...readSourcesFile(cfg.sourcesFile)];
      if (cfg.inboxDir) {
        inboxFolders(cfg.inboxDir);
        rows.push({
          id: INBOX_ID,
          kind: 'inbox',
          url: null,
          intervalSeconds: Math.max(1, Math.round(cfg.tickMs / 1000)),
          publisher: null,
          origin: 'service',
        });
      }
      await sourceStore.upsert(db, rows);
      const requeued = await jobStore.requeueRunning(db);
      if (requeued > 0)
        log(`ingest: resuming ${requeued} job${requeued === 1 ? '' : 's'} a previous run left unfinished`);
      if (opts.timer !== false) {
        timer = setInterval(onTimer, cfg.tickMs);
        timer.unref();
        onTimer();
      }
    },
    tick,
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      await Promise.allSettled([scanning, draining, ...polling.values()]);
    },
    async addFeed(input) {
      const row = feedSourceRow(input, 'api', 'source');
      await sourceStore.upsert(db, [row]);
      return row;
    },
  };
}
