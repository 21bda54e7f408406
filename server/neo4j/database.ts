import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
} from 'neo4j-driver';
import { limitError } from './database-errors.ts';
import type { Connection } from './local-instance.ts';
import { namedQuery } from './named-queries.ts';

/** A transaction the caller holds (writers pass it down so their statements land together). */
export type Transaction = ManagedTransaction;
export type Params = Record<string, unknown>;

/** Limits of a database view the API uses: a deadline per call, and a pool of its own. */
export interface QueryLimits {
  /** Client-side deadline of a read; the transaction is reset and its connection given back when it passes. */
  readDeadlineMs: number;
  writeDeadlineMs: number;
  poolSize: number;
  /** Longest wait for a pooled connection. */
  poolWaitMs: number;
}

/**
 * The one handle repositories use. Every call names the database and its routing, so the same
 * code works against a single server, a cluster or Aura.
 */
export interface Database {
  driver: Driver;
  name: string;
  /** The limits of this view, or null for the unbounded handle the CLI and ingest use. */
  limits: QueryLimits | null;
  read<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<T[]>;
  write<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<T[]>;
  writeSummary(cypher: string, params?: Params): Promise<QueryResult>;
  /**
   * Runs several statements in one write transaction, so they land together or not at all. `stamp: false` leaves
   * the graph's version stamp alone: the writes of a streaming load, which renews it once its network is added
   * (every transaction renewing the one stamp node would make concurrent loaders wait for each other's commits).
   */
  writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, opts?: { stamp?: boolean }): Promise<T>;
  /** For `CALL { … } IN TRANSACTIONS`, which must run outside a managed transaction. */
  autoCommit(cypher: string, params?: Params): Promise<void>;
  /** The same database through a driver of its own with these limits; closed with this handle. */
  limited(limits: QueryLimits): Database;
  /** Runs work on a session within the view's read deadline (none for the unbounded handle). */
  withReadSession<T>(
    opts: { fetchSize?: number; deadlineMs?: number },
    work: (session: Session) => Promise<T>,
  ): Promise<T>;
  close(): Promise<void>;
}

const bumpVersion = (): string => namedQuery('admin/bump-graph-version').text;

let writesHere = 0;
/** Writes this process has committed: a cache can tell at once that its own process changed the graph. */
export const localWriteCount = (): number => writesHere;

function open(c: Connection, name: string, limits: QueryLimits | null, children: Driver[]): Database {
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: limits?.poolWaitMs ?? 10_000,
    connectionTimeout: 5_000,
    ...(limits ? { maxConnectionPoolSize: limits.poolSize } : {}),
    // Short: while Neo4j is away the API should answer 503 soon, and ingest batches are retried by a re-run.
    maxTransactionRetryTime: 3_000,
  });
  const waitMs = limits?.poolWaitMs ?? 10_000;

  /** Runs a driver call under a deadline: the abort closes the session, which resets the transaction on the server. */
  const bounded = async <T>(
    deadlineMs: number | undefined,
    call: (signal: AbortSignal | undefined) => Promise<T>,
  ): Promise<T> => {
    const signal = deadlineMs ? AbortSignal.timeout(deadlineMs) : undefined;
    // The caller is answered at the deadline even if the server is slow to acknowledge the reset.
    const aborted = new Promise<never>((_resolve, reject) =>
      signal?.addEventListener('abort', () => {
        const reason: unknown = signal.reason; // a TimeoutError (a DOMException, so an Error) from AbortSignal.timeout
        reject(reason instanceof Error ? reason : new Error('deadline passed'));
      }),
    );
    aborted.catch(() => {});
    try {
      return await (signal ? Promise.race([call(signal), aborted]) : call(signal));
    } catch (e) {
      throw limitError(e, signal, deadlineMs ?? 0, waitMs);
    }
  };
  // The server stops the transaction a little after the client would, as a backstop should the reset be lost.
  const txConfig = (deadlineMs: number | undefined) => (deadlineMs ? { timeout: deadlineMs + 1000 } : undefined);

  const execute = (cypher: string, params: Params, routing: 'READ' | 'WRITE') => {
    const deadlineMs = routing === 'READ' ? limits?.readDeadlineMs : limits?.writeDeadlineMs;
    return bounded(deadlineMs, (signal) =>
      driver.executeQuery(cypher, params, {
        database: name,
        routing: neo4j.routing[routing],
        transactionConfig: txConfig(deadlineMs),
        ...(signal ? { signal } : {}),
      }),
    );
  };
  // Every write renews the graph's version stamp, so caches in any process see the change. Schema commands
  // cannot share a transaction with data writes, so the stamp follows in its own small transaction.
  const afterWrite = async () => {
    await execute(bumpVersion(), {}, 'WRITE');
    writesHere++;
  };

  const session = (mode: 'READ' | 'WRITE', fetchSize?: number) =>
    driver.session({ database: name, defaultAccessMode: neo4j.session[mode], ...(fetchSize ? { fetchSize } : {}) });

  const db: Database = {
    driver,
    name,
    limits,
    read: async <T extends RecordShape>(cypher: string, params: Params = {}) =>
      (await execute(cypher, params, 'READ')).records.map((r) => r.toObject() as T),
    write: async <T extends RecordShape>(cypher: string, params: Params = {}) => {
      const result = await execute(cypher, params, 'WRITE');
      await afterWrite();
      return result.records.map((r) => r.toObject() as T);
    },
    writeSummary: async (cypher, params = {}) => {
      const result = await execute(cypher, params, 'WRITE');
      await afterWrite();
      return result;
    },
    writeTransaction: async (work, opts = {}) => {
      const s = session('WRITE');
      try {
        return await bounded(limits?.writeDeadlineMs, (signal) => {
          signal?.addEventListener('abort', () => void s.close().catch(() => {}));
          return s.executeWrite(async (tx) => {
            const out = await work(tx);
            if (opts.stamp !== false) await tx.run(bumpVersion());
            return out;
          }, txConfig(limits?.writeDeadlineMs));
        }).finally(() => writesHere++);
      } finally {
        s.close().catch(() => {});
      }
    },
    autoCommit: async (cypher, params = {}) => {
      const s = session('WRITE');
      try {
        await s.run(cypher, params);
      } finally {
        await s.close();
      }
      await afterWrite();
    },
    limited: (l) => {
      const child = open(c, name, l, []);
      children.push(child.driver);
      return child;
    },
    withReadSession: async (opts, work) => {
      const s = session('READ', opts.fetchSize);
      const deadlineMs = opts.deadlineMs ?? limits?.readDeadlineMs;
      try {
        return await bounded(deadlineMs, (signal) => {
          signal?.addEventListener('abort', () => void s.close().catch(() => {}));
          return work(s);
        });
      } finally {
        s.close().catch(() => {}); // not awaited: after a deadline the reset may take a moment, and the answer does not wait for it
      }
    },
    close: async () => {
      await Promise.all([...children.splice(0).map((d) => d.close()), driver.close()]);
    },
  };
  return db;
}

export function openDatabase(c: Connection, name: string): Database {
  return open(c, name, null, []);
}
