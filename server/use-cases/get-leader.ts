import type { Database } from '../neo4j/database.ts';
import { getLeader as find } from '../repositories/leaders-repository.ts';
import { notFound } from './app-error.ts';
import { publicProperties } from './graph-keys.ts';
import { plainProperties } from '../neo4j/plain-value.ts';
import { sortOffices } from './sort-offices.ts';

type Office = Record<string, unknown> & { start: string | null; end: string | null };

/** A leader with every office held, newest first, and the messages they sent and received. */
export async function getLeader(db: Database, key: string) {
  const row = await find(db, key);
  if (!row) throw notFound(`leader with id "${key}"`);
  const offices = (row.offices as Office[])
    .map((o) => ({ ...o, current: o.end === null || o.end === undefined }))
    .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
  return {
    leader: publicProperties(plainProperties(row.leader.properties)),
    offices,
    holds: sortOffices(row.holds as Office[]),
    sent: row.sent,
    received: row.received,
  };
}
