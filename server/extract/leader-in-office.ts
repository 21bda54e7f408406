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
export const HONORIFICS = new Set([
  'president',
  'premier',
  'chancellor',
  'minister',
  'secretary',
  'chairman',
  'leader',
  'mr',
  'mrs',
  'ms',
  'king',
  'queen',
  'emir',
  'prince',
  'general',
  'comrade',
]);

/** In office on the date; with no date, a span that is still open counts as current. */
export function isInOffice(span: LeaderSpan, date: string | null): boolean {
  if (!date) return span.end === null;
  return (span.start === null || span.start <= date) && (span.end === null || date <= span.end);
}

/** The holder of one of the roles (in the order given) in a state on a date. */
export function leaderInOffice(
  gaz: Gazetteer,
  state: string,
  date: string | null,
  roles: readonly LeaderRole[],
): LeaderSpan | null {
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
  // Holding offices in two states (France's president is co-prince of Andorra): the state they rule in effect.
  const current = l.spans.filter((s) => isInOffice(s, date));
  const hit =
    current.find((s) => s.role === 'effective') ??
    current[0] ??
    [...l.spans].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
  return hit?.state ?? null;
}

const RULER_TITLES = new Set(['president', 'premier', 'chancellor', 'king', 'queen', 'emir', 'chairman']);

/** Capitalised words that are seldom a leader's surname when they stand alone. */
const COMMON_WORDS = new Set([
  'may',
  'june',
  'april',
  'august',
  'march',
  'will',
  'grace',
  'hope',
  'rice',
  'bush',
  'brown',
  'young',
  'long',
  'little',
  'king',
  'price',
  'bond',
  'church',
  'gold',
  'frank',
  'said',
  'rich',
  'white',
  'black',
  'green',
  'power',
  'law',
  'just',
  'key',
  // capitalised words of religion, language or building that are also surnames of leaders in office
  'christian',
  'english',
  'islam',
  'hall',
]);

/**
 * Resolves a bare surname: a leader already named in the document wins; otherwise
 * a title before it, or a known date, must single out one leader. A leader known
 * by one word only needs the title; a title with one candidate may name a past
 * leader ("President Truman").
 */
export function resolveSurname(
  gaz: Gazetteer,
  keys: readonly string[],
  date: string | null,
  named: readonly string[],
  title: string | null,
  surname = '',
): string | null {
  const titled = title !== null;
  // The last few hundred leaders named are enough, and keep long inputs linear.
  // A title narrows them to who held that office ("President Clinton" after "Hillary Clinton").
  const titleRoles: readonly string[] = (title && TITLE_ROLES.get(title)) || [];
  const fitsTitle = (k: string) =>
    titleRoles.length === 0 ||
    !!gaz.leaders.get(k)?.spans.some((s) => titleRoles.includes(s.role) && (!date || isInOffice(s, date)));
  const anyFits = titleRoles.length > 0 && keys.some(fitsTitle);
  for (let i = named.length - 1; i >= Math.max(0, named.length - 300); i--) {
    const k = named[i] as string;
    if (keys.includes(k) && (!anyFits || fitsTitle(k))) return k;
  }
  const candidates = titled ? keys : keys.filter((k) => !gaz.surnameOnly.has(k));
  if (candidates.length === 0) return null;
  const current = date ? candidates.filter((k) => gaz.leaders.get(k)?.spans.some((s) => isInOffice(s, date))) : [];
  if (titled) {
    if (
      current.length === 1 &&
      (titleRoles.length === 0 || fitsTitle(current[0] as string) || !RULER_TITLES.has(title))
    )
      return current[0] as string;
    // two in office: the one whose office the title names ("Chancellor Schroeder", not the ambassador)
    const roles: readonly string[] = TITLE_ROLES.get(title) ?? [];
    const fits = current.filter((k) =>
      gaz.leaders.get(k)?.spans.some((s) => isInOffice(s, date) && roles.includes(s.role)),
    );
    if (fits.length === 1) return fits[0] as string;
    // a title with offices ("Leader McCarthy") that no one in office fits: nobody, rather than another McCarthy
    if (roles.length > 0 && current.length > 0) return null;
    // Only a ruler's title names a past ruler: "President Truman", not "Secretary Austin".
    return current.length === 0 && candidates.length === 1 && RULER_TITLES.has(title)
      ? (candidates[0] as string)
      : null;
  }
  if (!date || COMMON_WORDS.has(surname.toLowerCase())) return null;
  return current.length === 1 ? (current[0] as string) : null;
}
