import type { Node } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';

type Row = Record<string, unknown>;

export interface PersonRow {
  person: Node;
  holds: Row[];
  leads: Row[];
}

export interface OfficialRow {
  key: string;
  name: string;
  role: string;
  office: string;
  portfolio: string | null;
  postedTo: string | null;
  start: string | null;
  end: string | null;
  source: string;
}

export const getPerson = async (db: Database, key: string): Promise<PersonRow | null> =>
  (await runNamed<PersonRow>(db, 'people/get-person', { key }))[0] ?? null;

export const listStateOfficials = (
  db: Database,
  code: string,
  date: string,
  staleBefore: string,
): Promise<OfficialRow[]> => runNamed<OfficialRow>(db, 'people/list-state-officials', { code, date, staleBefore });
