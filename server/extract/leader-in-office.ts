// Who held an office on a date, from the leader spans given to the gazetteer.
import type { LeaderRole } from '../model/types.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import type { LeaderSpan } from './types.ts';

/** Title words and the roles they name, most specific first. */
export const TITLE_ROLES: ReadonlyMap<string, LeaderRole[]> = new Map<string, LeaderRole[]>([
  ['president', ['head_of_state', 'effective']],
  ['prime minister', ['head_of_government', 'effective']],
  ['premier', ['head_of_government', 'effective']],
  ['chancellor', ['head_of_government', 'effective']],
  ['foreign minister', ['foreign_minister']],
  ['foreign secretary', ['foreign_minister']],
  ['secretary of state', ['foreign_minister']],
  ['leader', ['effective', 'head_of_state', 'head_of_government']],
  ['supreme leader', ['effective', 'head_of_state']],
  ['general secretary', ['effective', 'head_of_state']],
  ['chairman', ['effective', 'head_of_state']],
  ['king', ['head_of_state']],
  ['queen', ['head_of_state']],
  ['emir', ['head_of_state']],
  ['crown prince', ['effective', 'head_of_government']],
]);

/** Words that put a bare surname in a leader's mouth: "President Putin", "Mr. Xi". */
export const HONORIFICS = new Set(['president', 'premier', 'chancellor', 'minister', 'secretary', 'chairman', 'leader', 'mr', 'mrs', 'ms', 'king', 'queen', 'emir', 'prince', 'general', 'comrade']);

/** In office on the date; with no date, a span that is still open counts as current. */
export function isInOffice(span: LeaderSpan, date: string | null): boolean {
  if (!date) return span.end === null;
  return (span.start === null || span.start <= date) && (span.end === null || date <= span.end);
}

/** The holder of one of the roles (in the order given) in a state on a date. */
export function leaderInOffice(gaz: Gazetteer, state: string, date: string | null, roles: readonly LeaderRole[]): LeaderSpan | null {
  const spans = gaz.spansByState.get(state) ?? [];
  for (const role of roles) {
    const hits = spans.filter((s) => s.role === role && isInOffice(s, date));
    if (hits.length === 1) return hits[0] as LeaderSpan;
    if (hits.length > 1) return [...hits].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0] as LeaderSpan;
  }
  return null;
}

/** The state a leader served on a date (their latest span if none covers it). */
export function stateOfLeader(gaz: Gazetteer, key: string, date: string | null): string | null {
  const l = gaz.leaders.get(key);
  if (!l) return null;
  const hit = l.spans.find((s) => isInOffice(s, date)) ?? [...l.spans].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
  return hit?.state ?? null;
}

/**
 * Resolves a bare surname: a leader already named in the document wins; otherwise
 * a title before it, or a known date, must single out one leader in office.
 */
export function resolveSurname(gaz: Gazetteer, keys: readonly string[], date: string | null, named: readonly string[], titled: boolean): string | null {
  for (let i = named.length - 1; i >= 0; i--) if (keys.includes(named[i] as string)) return named[i] as string;
  if (!titled && !date) return null;
  const current = keys.filter((k) => gaz.leaders.get(k)?.spans.some((s) => isInOffice(s, date)));
  if (current.length === 1) return current[0] as string;
  if (titled && keys.length === 1 && !date) return keys[0] as string;
  return null;
}
