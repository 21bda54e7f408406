import { ConfigError } from './config-error.ts';

/** `512m` or `2g` in mebibytes. */
const mebibytes = (size: string): number => Number(size.slice(0, -1)) * (size.endsWith('g') ? 1024 : 1);

export interface MemoryLimits {
  /** db.memory.transaction.max: one transaction. */
  txMemory: string;
  /** db.memory.transaction.total.max and dbms.memory.transaction.total.max: all transactions together. */
  txTotalMemory: string;
}

// Neo4j needs heap of its own beyond what transactions are tracked to use (plans, caches, Bolt buffers, and
// tracking is an estimate), so all transactions together get 60% of the heap and one transaction a quarter:
// a greedy query then fails with a memory error before the heap is gone, and others keep running.
const totalShare = 0.6;
const transactionShare = 0.25;

/** The transaction memory limits, derived from the heap; an explicit NEO4J_TX_MEMORY may not exceed the total. */
export function memoryLimits(heap: string, explicitTxMemory: string | undefined): MemoryLimits {
  const heapMb = mebibytes(heap);
  const totalMb = Math.floor(heapMb * totalShare);
  const txMb = explicitTxMemory === undefined ? Math.floor(heapMb * transactionShare) : mebibytes(explicitTxMemory);
  if (txMb > totalMb) {
    throw new ConfigError(
      `stategraph/config: invalid setting NEO4J_TX_MEMORY: ${explicitTxMemory} is more than the ${totalMb}m all transactions may use together ` +
        `(${totalShare * 100}% of NEO4J_HEAP=${heap}); one transaction must fail before the heap does`,
    );
  }
  return { txMemory: `${txMb}m`, txTotalMemory: `${totalMb}m` };
}
