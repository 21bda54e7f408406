import type { Database } from '../neo4j/database.ts';
import { getState as find } from '../repositories/states-repository.ts';
import { notFound } from './app-error.ts';
import { publicProperties } from './graph-keys.ts';
import { plainProperties } from '../neo4j/plain-value.ts';

type Office = { key: string; name: string; start: string | null; end: string | null } & Record<string, unknown>;

/** A state, its leaders newest first (current ones flagged), borders, memberships and bodies. */
export async function getState(db: Database, code: string) {
  const row = await find(db, code);
  if (!row) throw notFound(`state with code "${code}"`);
  const leaders = (row.leaders as Office[])
    .map((l) => ({ ...l, current: l.end === null || l.end === undefined }))
    .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '') || a.key.localeCompare(b.key));
  const byName = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    String(a.name).localeCompare(String(b.name));
  return {
    state: publicProperties(plainProperties(row.state.properties)),
    currentLeaders: [
      ...new Map(
        leaders.filter((l) => l.current).map((l) => [l.key, { key: l.key, name: l.name, since: l.start }]),
      ).values(),
    ],
    leaders,
    borders: row.borders.sort(byName),
    memberships: row.memberships.sort(byName),
    organizations: row.organizations.sort(byName),
  };
}
