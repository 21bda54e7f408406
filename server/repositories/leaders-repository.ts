import type { Node } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';

type Row = Record<string, unknown>;

export interface LeaderDetailRow {
  leader: Node;
  offices: Row[];
  holds: Row[];
  sent: Row[];
  received: Row[];
}

export const getLeader = async (db: Database, key: string): Promise<LeaderDetailRow | null> =>
  (await runNamed<LeaderDetailRow>(db, 'leaders/get-leader', { key }))[0] ?? null;
