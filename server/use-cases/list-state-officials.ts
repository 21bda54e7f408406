import type { Database } from '../neo4j/database.ts';
import { listStateOfficials as list, type OfficialRow } from '../repositories/people-repository.ts';
import { getState as findState } from '../repositories/states-repository.ts';
import { notFound } from './app-error.ts';

/** Roles in the order a reader looks for them. */
const ROLE_ORDER = [
  'head_of_state',
  'head_of_government',
  'deputy',
  'minister',
  'spokesperson',
  'envoy',
  'head_of_body',
  'legislator',
  'judge',
  'official',
];

/** An open office counts as held while its data set vouched for it within this many years of the date. */
const STALE_YEARS = 3;

const today = () => new Date().toISOString().slice(0, 10);

/** Completes YYYY or YYYY-MM to the first day. */
const fullDate = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

/** Who held which office of a state on a day (today by default), grouped by role; ministers by portfolio. */
export async function listStateOfficials(db: Database, code: string, date?: string) {
  const day = fullDate(date ?? today());
  const staleBefore = `${String(Number(day.slice(0, 4)) - STALE_YEARS).padStart(4, '0')}${day.slice(4)}`;
  const rows = await list(db, code, day, staleBefore);
  if (rows.length === 0 && !(await findState(db, code))) throw notFound(`state with code "${code}"`);
  const byRole = new Map<string, OfficialRow[]>();
  for (const r of rows) {
    const l = byRole.get(r.role) ?? [];
    // one line per person and office: several data sets may report the same spell
    if (!l.some((o) => o.key === r.key && o.portfolio === r.portfolio && o.postedTo === r.postedTo)) l.push(r);
    byRole.set(r.role, l);
  }
  const roles = [...byRole.keys()].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  return { code, date: day, roles: roles.map((role) => ({ role, officials: byRole.get(role) ?? [] })) };
}
