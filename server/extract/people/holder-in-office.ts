// Who held an office of a state or body on a date, and what body a person acts for on a date.
import type { OfficeRole } from '../../model/types.ts';
import type { OfficeIndex } from './office-index.ts';
import type { OfficeSpan } from './office-span.ts';

/** In office on the date; with no date, an open span counts as current. */
export function spanCovers(s: Pick<OfficeSpan, 'start' | 'end'>, date: string | null): boolean {
  if (!date) return s.end === null;
  return (s.start === null || s.start <= date) && (s.end === null || date <= s.end);
}

export interface OfficeQuery {
  holder: string;
  role: OfficeRole;
  portfolio: string | null;
  postedTo: string | null;
  office?: RegExp | null;
}

/** The person holding the office on the date; several at once: the one who took it last. */
export function holderInOffice(idx: OfficeIndex, q: OfficeQuery, date: string | null): OfficeSpan | null {
  const hits = (idx.byHolder.get(q.holder) ?? []).filter(
    (s) =>
      s.role === q.role &&
      (q.portfolio === null || s.portfolio === q.portfolio) &&
      (q.postedTo === null || s.postedTo === q.postedTo) &&
      (!q.office || q.office.test(s.office)) &&
      spanCovers(s, date),
  );
  if (hits.length === 0) return null;
  return hits.reduce((a, b) => ((b.start ?? '') > (a.start ?? '') ? b : a));
}

/** The body a person acts for on the date: an office of an international body they held that day. */
export function bodyOfPerson(idx: OfficeIndex | undefined, key: string, date: string | null): string | null {
  if (!idx || !date) return null;
  const hits = (idx.byPerson.get(key) ?? []).filter((s) => s.holderKind === 'Organization' && spanCovers(s, date));
  // the body they head (the EU's High Representative is also a Vice-President of the Commission)
  return (hits.find((s) => s.role === 'head_of_body') ?? hits[0])?.holder ?? null;
}
