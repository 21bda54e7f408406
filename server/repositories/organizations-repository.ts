import type { Node } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';

type Row = Record<string, unknown>;

export interface OrganizationDetailRow {
  organization: Node;
  state: Row | null;
  parent: Row | null;
  parts: Row[];
  members: Row[];
  imposed: Row[];
  reported: Row[];
}

export const getOrganization = async (db: Database, key: string): Promise<OrganizationDetailRow | null> =>
  (await runNamed<OrganizationDetailRow>(db, 'organizations/get-organization', { key }))[0] ?? null;
