import type { Node } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';
import { int } from './integer-params.ts';

export type Row = Record<string, unknown>;

export const listStates = async (
  db: Database,
  p: { afterCode: string | null; region: string | null; limit: number },
): Promise<Row[]> =>
  (await runNamed<{ state: Row }>(db, 'states/list-states', { ...p, limit: int(p.limit) })).map((r) => r.state);

export interface StateDetailRow {
  state: Node;
  leaders: Row[];
  borders: Row[];
  memberships: Row[];
  organizations: Row[];
}

export const getState = async (db: Database, code: string): Promise<StateDetailRow | null> =>
  (await runNamed<StateDetailRow>(db, 'states/get-state', { code }))[0] ?? null;

/** Null when there is no such state; else how many events it takes part in, roughly. */
export const measureState = async (db: Database, code: string): Promise<{ partners: number; volume: number } | null> =>
  (await runNamed<{ code: string; partners: number; volume: number }>(db, 'states/measure-state', { code }))[0] ?? null;
