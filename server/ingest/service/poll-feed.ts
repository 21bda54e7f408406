import { createHash } from 'node:crypto';
import type { DocumentInput } from '../../extract/types.ts';
import type { Database } from '../../neo4j/database.ts';
import { fetchFeed } from './fetch-feed.ts';
import { jobStore } from './job-store.ts';
import { parseFeedDocument, type FeedEntry } from './parse-feed-document.ts';
import type { ServiceConfig } from './service-config.ts';
import { sourceStore, type SourceRecord } from './source-store.ts';

export interface PollResult {
  status: 'new-items' | 'unchanged' | 'not-modified' | 'failed';
  newItems: number;
  jobId: string | null;
  error: string | null;
}

const short = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 16);

/** Delay before the next poll after `failures` failures in a row: the interval, doubled per failure, capped. */
function backoffMs(intervalSeconds: number, failures: number, maxMs: number): number {
  return Math.min(intervalSeconds * 1000 * 2 ** Math.max(failures - 1, 0), Math.max(maxMs, intervalSeconds * 1000));
}

function toDocument(s: SourceRecord, feedTitle: string | null, e: FeedEntry): DocumentInput {
  const doc: DocumentInput = { id: `feed:${s.id}:${short(e.key)}`, text: e.text || e.title || '' };
  if (e.title) doc.title = e.title;
  if (e.date) doc.date = e.date;
  if (e.url) doc.url = e.url;
  const publisher = s.publisher ?? feedTitle;
  if (publisher) doc.publisher = publisher;
  return doc;
}

/**
 * Polls one feed with a conditional GET. Items not seen before (by guid, else link) become one queued job,
 * recorded as seen in the same transaction, so an item the feed repeats is never ingested twice.
 * A failure is recorded with its message and the source retried after a growing delay.
 */
export async function pollFeed(
  db: Database,
  s: SourceRecord,
  cfg: ServiceConfig,
  nowMs = Date.now(),
): Promise<PollResult> {
  const interval = s.intervalSeconds ?? 900;
  const at = new Date(nowMs).toISOString();
  const next = (ms: number) => new Date(nowMs + ms).toISOString();
  try {
    const got = await fetchFeed(
      s.url!,
      { etag: s.etag ?? null, lastModified: s.lastModified ?? null },
      { timeoutMs: cfg.fetchTimeoutMs, maxBytes: cfg.maxFeedBytes },
    );
    const ok = {
      state: 'ok',
      lastPolledAt: at,
      lastSuccessAt: at,
      failures: 0,
      lastError: null,
      nextPollAt: next(interval * 1000),
    };
    if (got.status === 'not-modified') {
      await sourceStore.record(db, s.id, { ...ok, lastStatus: 304 }, { polls: 1 });
      return { status: 'not-modified', newItems: 0, jobId: null, error: null };
    }
    const feed = parseFeedDocument(got.body, s.url!);
    const byKey = new Map<string, FeedEntry>();
    for (const e of feed.entries)
      if (!byKey.has(`${s.id}|${e.key}`) && (e.text || e.title)) byKey.set(`${s.id}|${e.key}`, e);
    const seen = await sourceStore.seen(db, [...byKey.keys()]);
    const fresh = [...byKey].filter(([k]) => !seen.has(k));
    const props = {
      ...ok,
      lastStatus: 200,
      etag: got.validators.etag,
      lastModified: got.validators.lastModified,
      title: feed.title,
      format: feed.format,
    };
    if (fresh.length === 0) {
      await sourceStore.record(db, s.id, props, { polls: 1, items: feed.entries.length });
      return { status: 'unchanged', newItems: 0, jobId: null, error: null };
    }
    const documents = fresh.map(([, e]) => toDocument(s, feed.title, e));
    const jobId = await db.writeTransaction(async (tx) => {
      const id = await jobStore.create(tx, {
        kind: 'documents',
        label: `${s.id}: ${documents.length} new item${documents.length === 1 ? '' : 's'}`,
        sourceId: s.id,
        payload: { documents },
        total: documents.length,
      });
      await sourceStore.markSeen(
        tx,
        fresh.map(([k]) => k),
        s.id,
        id,
      );
      await sourceStore.record(tx, s.id, props, {
        polls: 1,
        items: feed.entries.length,
        newItems: documents.length,
        jobs: 1,
      });
      return id;
    });
    return { status: 'new-items', newItems: documents.length, jobId, error: null };
  } catch (e) {
    const failures = (s.failures ?? 0) + 1;
    const error = (e as Error).message;
    await sourceStore.record(
      db,
      s.id,
      {
        state: 'failing',
        lastPolledAt: at,
        failures,
        lastError: error,
        nextPollAt: next(backoffMs(interval, failures, cfg.maxBackoffMs)),
      },
      { polls: 1 },
    );
    return { status: 'failed', newItems: 0, jobId: null, error };
  }
}
