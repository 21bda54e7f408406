import type { Node } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';
import { int } from './integer-params.ts';

type Row = Record<string, unknown>;

export interface SourceRow {
  source: Node;
  factCount: number;
  mentions: Row[];
}

export const getSource = async (db: Database, key: string): Promise<SourceRow | null> =>
  (await runNamed<SourceRow>(db, 'sources/get-source', { key }))[0] ?? null;

export const listSourceFacts = async (db: Database, p: { key: string; skip: number; limit: number }): Promise<Row[]> =>
  (
    await runNamed<{ fact: Row }>(db, 'sources/list-source-facts', { ...p, skip: int(p.skip), limit: int(p.limit) })
  ).map((r) => r.fact);
