import type { Database, Transaction } from '../../neo4j/database.ts';
import { runNamed, runNamedIn } from '../../neo4j/run-named.ts';
import type { SourceRow } from './source-spec.ts';

/** A configured source with its polling state, as GET /api/ingest/sources shows it. */
export interface SourceRecord extends SourceRow {
  state: 'idle' | 'ok' | 'failing' | 'polling';
  nextPollAt: string | null;
  lastPolledAt?: string | null;
  lastSuccessAt?: string | null;
  lastError?: string | null;
  failures: number;
  polls: number;
  items: number;
  newItems: number;
  jobs: number;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
}

export interface PollCounts {
  polls?: number;
  items?: number;
  newItems?: number;
  jobs?: number;
}

const now = () => new Date().toISOString();

/** The only code that reads and writes IngestSource and FeedItem nodes. */
export const sourceStore = {
  async upsert(db: Database, rows: SourceRow[]): Promise<void> {
    if (rows.length > 0) await runNamed(db, 'feeds/merge-sources', { rows, now: now() });
  },
  async list(db: Database): Promise<SourceRecord[]> {
    return (await runNamed<{ source: SourceRecord }>(db, 'feeds/list-sources')).map((r) => r.source);
  },
  async record(
    db: Database | Transaction,
    id: string,
    props: Record<string, unknown>,
    add: PollCounts = {},
  ): Promise<void> {
    const params = { id, props, add };
    if ('run' in db) await runNamedIn(db, 'feeds/record-poll', params);
    else await runNamed(db, 'feeds/record-poll', params);
  },
  async seen(db: Database, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    return new Set((await runNamed<{ key: string }>(db, 'feeds/find-seen-items', { keys })).map((r) => r.key));
  },
  async markSeen(tx: Transaction, keys: string[], sourceId: string, jobId: string): Promise<void> {
    await runNamedIn(tx, 'feeds/mark-items-seen', { keys, sourceId, jobId, now: now() });
  },
};
