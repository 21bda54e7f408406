// One row of a leader data set, normalised: who held which office of which
// state when. merge-leaders.ts clusters mentions into people.
import type { LeaderRole, OfficeRole } from '../model/types.ts';
import type { CowMapping } from './cow-to-iso.ts';

/** A spell left out because its COW state has no present successor (the GDR, South Vietnam, …). */
export interface SkippedSpell {
  sourceKey: string;
  line: number;
  cow: number;
  name: string;
}

export type LeaderSource =
  | 'reign'
  | 'archigos'
  | 'wikidata-heads'
  | 'wikidata-peppercat'
  | 'wikidata-peppercat-historic'
  | 'wikidata-peppercat-current'
  | 'officials'
  | 'pocom'
  | 'phoenix';

/** The office a row describes, for HOLDS: who the holder acts for, in what role. */
export interface OfficeFacet {
  holderKind: 'State' | 'Organization';
  holder: string;
  role: OfficeRole;
  office: string;
  portfolio: string | null;
  postedTo: string | null;
}

export interface LeaderMention {
  source: LeaderSource;
  sourceKey: string; // e.g. "reign:leaderlist_3_21.csv"
  line: number;
  /** data-set identity of the person (REIGN/Archigos leadid, Wikidata QID) */
  personId?: string;
  qid?: string;
  name: string;
  /** a better full name known for the person (e.g. from Archigos' DBpedia link) */
  fullName?: string;
  otherNames: string[];
  /** ISO3; for an office of a body, the body's key (then `office.holderKind` is Organization) */
  state: string;
  /** the LEADS role, or null for an office that is not one of the four leader roles */
  role: LeaderRole | null;
  /** set by the officials parsers; the leader sets' rows get theirs from `role` (see office-of-mention.ts) */
  office?: OfficeFacet;
  title: string;
  start: string | null;
  end: string | null;
  startPrecise: boolean; // false when only the year (or month) is known
  endPrecise: boolean;
  /** the date up to which the data set is complete; an open end means "in office then" */
  asOf: string;
  birthYear?: number;
  gender?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Builds YYYY-MM-DD from parts; missing month/day become 01 and precise=false. */
export function partialDate(
  y: number | null,
  m?: number | null,
  d?: number | null,
): { date: string | null; precise: boolean } {
  if (!y || !Number.isFinite(y)) return { date: null, precise: false };
  const mm = m && m >= 1 && m <= 12 ? m : null;
  const dd = mm && d && d >= 1 && d <= 31 ? d : null;
  return { date: `${pad(y, 4)}-${pad(mm ?? 1)}-${pad(dd ?? 1)}`, precise: dd !== null };
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (anything else -> null). */
export function parseIsoish(s: string): { date: string | null; precise: boolean } {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s.trim());
  if (!m) return { date: null, precise: false };
  return partialDate(Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null);
}

/** Day number of a YYYY-MM-DD string. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

export class LeaderDataError extends Error {
  constructor(what: string, file: string, line: number) {
    super(`stategraph/reference/leaders: ${what} at ${file} line ${line}`);
    this.name = 'LeaderDataError';
  }
}

/**
 * The state a leader data set's COW code stands for: its ISO3 code, or null (counted in `skipped`) for a state
 * with no present successor. A code the mapping does not know is an error naming file and line.
 */
export function stateOfCow(
  cow: CowMapping,
  row: { ccode: string; name: string; line: number },
  where: { file: string; sourceKey: string },
  skipped: SkippedSpell[],
): string | null {
  const ccode = Number(row.ccode);
  if (!cow.toIso.has(ccode)) throw new LeaderDataError(`unknown COW code ${row.ccode}`, where.file, row.line);
  const state = cow.toIso.get(ccode) ?? null;
  if (!state) skipped.push({ sourceKey: where.sourceKey, line: row.line, cow: ccode, name: row.name });
  return state;
}
