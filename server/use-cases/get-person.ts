import type { Database } from '../neo4j/database.ts';
import { getPerson as find } from '../repositories/people-repository.ts';
import { notFound } from './app-error.ts';
import { publicProperties } from './graph-keys.ts';
import { plainProperties } from '../neo4j/plain-value.ts';
import { sortOffices } from './sort-offices.ts';

type Office = Record<string, unknown> & { start: string | null; end: string | null };

/** A person (by key or alias key) with every office of a state or body they held, newest first, and their LEADS. */
export async function getPerson(db: Database, key: string) {
  const row = await find(db, key);
  if (!row) throw notFound(`person with id "${key}"`);
  return {
    person: publicProperties(plainProperties(row.person.properties)),
    offices: sortOffices(row.holds as Office[]),
    leads: sortOffices(row.leads as Office[]),
  };
}
