import { localWriteCount, type Database } from '../neo4j/database.ts';
import { readGraphVersion } from '../repositories/graph-version-repository.ts';
import { prepareJson, type PreparedJson } from './prepared-json.ts';

interface Entry {
  stamp: string | null;
  value: Promise<PreparedJson>;
  /** Bytes held (plain, gzip and brotli), once computed. */
  bytes: number;
  /** The answer, once computed. */
  ready?: PreparedJson;
}

const sizeOf = (p: PreparedJson): number => p.body.length + p.gzip.length + p.br.length;

/**
 * Answers that change only when the graph does (the state network, a state's relations, a dyad), computed
 * once per version of the graph and kept, most recently used first, within a count and a byte budget. The
 * version is a stamp every write renews (in this process or another, such as the ingest CLI), read in one
 * tiny query; requests that arrive while a read is in flight share the next one, and a read that started
 * less than maxStalenessMs ago answers at once, so a flood of requests costs a few reads a second and each
 * sees any write that finished more than maxStalenessMs before it arrived.
 */
export class GraphVersionCache {
  private readonly entries = new Map<string, Entry>();
  private inFlight: Promise<string | null> | null = null;
  private queued: Promise<string | null> | null = null;
  private lastStamp: string | null | undefined;
  private lastReadStarted = -Infinity;
  private lastReadWrites = -1;

  /**
   * versionDb, when given, reads the stamp on a pool of its own, so the tiny read never queues behind the
   * queries of other routes when the database is busy.
   */
  constructor(
    private readonly versionDb: Database | null = null,
    /** A stamp read that started this recently is current enough: under load most answers then need no query at all. */
    private readonly maxStalenessMs = 250,
    private readonly maxEntries = 1024,
    private readonly maxBytes = 128 * 1024 * 1024,
  ) {}

  private bytes = 0;

  private drop(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.bytes;
    this.entries.delete(key);
  }

  private evictToBudget(): void {
    for (const k of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.drop(k);
    }
  }

  /** Reads the stamp (one tiny query) and keeps it with the time the read started. */
  private readStamp(db: Database): Promise<string | null> {
    const started = performance.now();
    const writes = localWriteCount();
    const read = readGraphVersion(this.versionDb ?? db).finally(() => {
      if (this.inFlight === read) this.inFlight = null;
    });
    this.inFlight = read;
    read.then(
      (s) => {
        this.lastStamp = s;
        this.lastReadStarted = started;
        this.lastReadWrites = writes;
      },
      () => {},
    );
    return read;
  }

  /** True when the stamp last read is current enough to answer without asking the database. */
  private recent(): boolean {
    return (
      this.lastStamp !== undefined &&
      performance.now() - this.lastReadStarted <= this.maxStalenessMs &&
      this.lastReadWrites === localWriteCount()
    );
  }

  /**
   * The answer held for key when it can be served at once, without a query: computed for the stamp last read,
   * and that read recent enough. Null otherwise (the caller then goes the long way, through get). Past half its
   * allowed age the stamp is read again in the background, so a steady stream of requests never finds it stale.
   */
  heldNow(db: Database, key: string): PreparedJson | null {
    const e = this.entries.get(key);
    if (!e?.ready || e.stamp !== this.lastStamp || !this.recent()) return null;
    if (!this.inFlight && performance.now() - this.lastReadStarted > this.maxStalenessMs / 2)
      this.readStamp(db).catch(() => {});
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.ready;
  }

  /** The current version stamp: from a read that started at most maxStalenessMs before the call, or after it. */
  version(db: Database): Promise<string | null> {
    // Recent enough, and this process has written nothing since: no need to ask.
    if (this.recent()) return Promise.resolve(this.lastStamp!);
    if (!this.inFlight) return this.readStamp(db);
    // The read in flight may have started before a write this caller already saw finish: wait for the next.
    this.queued ??= this.inFlight
      .catch(() => null)
      .then(() => {
        this.queued = null;
        return this.version(db);
      });
    return this.queued;
  }

  /** True when an answer for key is held for the last version seen: serving it costs next to nothing. */
  holds(key: string): boolean {
    const e = this.entries.get(key);
    return e !== undefined && this.lastStamp !== undefined && e.stamp === this.lastStamp;
  }

  async get(db: Database, key: string, compute: () => Promise<unknown>): Promise<PreparedJson> {
    const stamp = await this.version(db);
    const held = this.entries.get(key);
    if (held && held.stamp === stamp) {
      // Most recently used last, so the oldest is evicted first.
      this.entries.delete(key);
      this.entries.set(key, held);
      return held.value;
    }
    for (const [k, e] of this.entries) if (e.stamp !== stamp) this.drop(k);
    const value = compute().then(prepareJson);
    const entry: Entry = { stamp, value, bytes: 0 };
    this.drop(key);
    this.entries.set(key, entry);
    value.then(
      (p) => {
        if (this.entries.get(key) !== entry) return;
        entry.bytes = sizeOf(p);
        entry.ready = p;
        this.bytes += entry.bytes;
        this.evictToBudget();
      },
      () => {
        if (this.entries.get(key) === entry) this.drop(key);
      },
    );
    this.evictToBudget();
    return value;
  }
}
