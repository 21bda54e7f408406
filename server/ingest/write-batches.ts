import type { Database, Transaction } from '../neo4j/database.ts';
import { runNamed, runNamedIn } from '../neo4j/run-named.ts';

export interface WriteCounts {
  rows: number;
  created: number;
  updated: number;
}

export type OnBatch = (rowsDone: number) => void;

/** What a batch's write query answered (its first record), for the work that follows it. */
export type BatchAnswer = Record<string, unknown> | undefined;

/** More work that must commit with a batch, in its transaction (the state network's update after events). */
export type InBatchTransaction = (tx: Transaction, batch: readonly object[], answer: BatchAnswer) => Promise<void>;

export const emptyCounts = (): WriteCounts => ({ rows: 0, created: 0, updated: 0 });

/**
 * Sends rows to a named write query in UNWIND batches, one transaction per batch. Every query
 * merges on keys, so a run cut short and started again converges on the same graph.
 */
export async function writeBatches(
  db: Database,
  query: string,
  rows: readonly object[],
  opts: {
    batchSize?: number;
    params?: Record<string, unknown>;
    onBatch?: OnBatch;
    inTransaction?: InBatchTransaction;
  } = {},
): Promise<WriteCounts> {
  const size = opts.batchSize ?? 5000;
  const total = emptyCounts();
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    const params = { ...opts.params, rows: batch };
    const also = opts.inTransaction;
    const [r] = also
      ? await db.writeTransaction(async (tx) => {
          const out = await runNamedIn<{ created: number; updated: number }>(tx, query, params);
          await also(tx, batch, out[0]);
          return out;
        })
      : await runNamed<{ created: number; updated: number }>(db, query, params);
    total.rows += batch.length;
    total.created += r?.created ?? 0;
    total.updated += r?.updated ?? 0;
    opts.onBatch?.(batch.length);
  }
  return total;
}
