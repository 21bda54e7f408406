import type { Database } from '../neo4j/database.ts';
import { getOrganization as find } from '../repositories/organizations-repository.ts';
import { notFound } from './app-error.ts';
import { plainProperties } from '../neo4j/plain-value.ts';

/** An organization (UNSC, KCNA, …) with its home state, parent body, parts, members, sanctions imposed and messages reported. */
export async function getOrganization(db: Database, key: string) {
  const row = await find(db, key);
  if (!row) throw notFound(`organization with key "${key}"`);
  const { organization, ...related } = row;
  return { organization: plainProperties(organization.properties), ...related };
}
