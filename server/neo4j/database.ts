import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Connection } from './local-instance.ts';

export type Params = Record<string, unknown>;

/**
 * The one handle repositories use. Every call names the database and its routing, so the same
 * code works against a single server, a cluster or Aura.
 */
export interface Database {
  driver: Driver;
  name: string;
  read<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<T[]>;
  write<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<T[]>;
  writeSummary(cypher: string, params?: Params): Promise<QueryResult>;
  /** Runs several statements in one write transaction, so they land together or not at all. */
  writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** For `CALL { … } IN TRANSACTIONS`, which must run outside a managed transaction. */
  autoCommit(cypher: string, params?: Params): Promise<void>;
  close(): Promise<void>;
}

export function openDatabase(c: Connection, name: string): Database {
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Short: while Neo4j is away the API should answer 503 soon, and ingest batches are retried by a re-run.
    maxTransactionRetryTime: 3_000,
  });
  const run = async <T extends RecordShape>(cypher: string, params: Params, routing: 'READ' | 'WRITE') => {
    const result = await driver.executeQuery(cypher, params, { database: name, routing: neo4j.routing[routing] });
    return result.records.map((r) => r.toObject() as T);
  };
  return {
    driver,
    name,
    read: (cypher, params = {}) => run(cypher, params, 'READ'),
    write: (cypher, params = {}) => run(cypher, params, 'WRITE'),
    writeSummary: (cypher, params = {}) => driver.executeQuery(cypher, params, { database: name, routing: neo4j.routing.WRITE }),
    writeTransaction: async (work) => {
      const session = driver.session({ database: name, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(work);
      } finally {
        await session.close();
      }
    },
    autoCommit: async (cypher, params = {}) => {
      const session = driver.session({ database: name, defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.run(cypher, params);
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}
