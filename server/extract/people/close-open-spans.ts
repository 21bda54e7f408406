// A data set that lists who took an office but not when they left (Phoenix rows, a chief of mission whose
// termination the source omits) leaves spans open forever, so a title would name an ambassador of 2017 in 2024.
// An office one person holds at a time ends, at the latest, when the next person takes it.
import type { OfficeSpan } from './office-span.ts';
import { pushTo } from '../../util/push-to.ts';

/** Offices with one holder at a time: an envoy's posting, a head, a minister's portfolio. */
function singleSeat(s: OfficeSpan): string | null {
  if (s.role === 'envoy') return s.postedTo ? `${s.holder}|envoy|${s.postedTo}` : null;
  if (s.role === 'minister') return s.portfolio ? `${s.holder}|minister|${s.portfolio}` : null;
  if (s.role === 'head_of_state' || s.role === 'head_of_government' || s.role === 'head_of_body')
    return `${s.holder}|${s.role}|${s.office.toLowerCase()}`;
  return null;
}

/** The spans with every open single-seat span ended where another person's later span of that seat begins. */
export function closeOpenSpans(spans: readonly OfficeSpan[]): OfficeSpan[] {
  const seats = new Map<string, OfficeSpan[]>();
  for (const s of spans) {
    const seat = singleSeat(s);
    if (seat && s.start) pushTo(seats, seat, s);
  }
  const ends = new Map<OfficeSpan, string>();
  for (const group of seats.values()) {
    for (const s of group) {
      if (s.end !== null) continue;
      const next = group
        .filter((o) => o.key !== s.key && (o.start as string) > (s.start as string))
        .reduce<string | null>((a, o) => (a === null || (o.start as string) < a ? o.start : a), null);
      if (next) ends.set(s, next);
    }
  }
  return spans.map((s) => {
    const end = ends.get(s);
    return end ? { ...s, end } : s;
  });
}
