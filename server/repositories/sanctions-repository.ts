import type { Node } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';
import { int } from './integer-params.ts';

export type SanctionItem = Record<string, unknown> & { key: string };
type Row = Record<string, unknown>;

export const listSanctions = async (
  db: Database,
  p: { target: string | null; imposer: string | null; kind: string | null; afterKey: string | null; limit: number },
): Promise<SanctionItem[]> =>
  (await runNamed<{ sanction: SanctionItem }>(db, 'sanctions/list-sanctions', { ...p, limit: int(p.limit) })).map(
    (r) => r.sanction,
  );

export interface SanctionDetailRow {
  sanction: Node;
  issuers: Row[];
  approvedBy: Row[];
  targets: Row[];
  amends: Row[];
  amendedBy: Row[];
  evidence: Row[];
}

export const getSanction = async (db: Database, key: string): Promise<SanctionDetailRow | null> =>
  (await runNamed<SanctionDetailRow>(db, 'sanctions/get-sanction', { key }))[0] ?? null;

export const listDyadSanctions = async (db: Database, a: string, b: string): Promise<Row[]> =>
  (await runNamed<{ sanction: Row }>(db, 'sanctions/list-dyad-sanctions', { a, b })).map((r) => r.sanction);
