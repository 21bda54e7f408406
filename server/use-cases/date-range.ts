// Dates are stored as ISO strings (YYYY-MM-DD), so ranges compare as strings; a bare year or month is widened.
export const earliest = '0000-01-01';
export const latest = '9999-12-31';

/** `2015` -> `2015-01-01`, `2015-03` -> `2015-03-01`. */
export const sinceDate = (d: string | undefined): string =>
  d === undefined ? earliest : d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;

/** `2015` -> `2015-12-31`, `2015-02` -> `2015-02-31` (no month has more days, so string order is right). */
export const untilDate = (d: string | undefined): string =>
  d === undefined ? latest : d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;

export const optionalSince = (d: string | undefined): string | null => (d === undefined ? null : sinceDate(d));
export const optionalUntil = (d: string | undefined): string | null => (d === undefined ? null : untilDate(d));
