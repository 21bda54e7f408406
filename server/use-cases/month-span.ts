/** A date range split into whole months (read from the per-month summaries) and the partial months at its ends (from events). */
export interface MonthSpan {
  /** First and last whole month; fromMonth > toMonth when there is none. */
  fromMonth: string;
  toMonth: string;
  /** Inclusive date ranges of the partial months at either end. */
  edges: { lo: string; hi: string }[];
}

const shift = (month: string, by: 1 | -1): string => {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) + by;
  const [yy, mm] = m === 0 ? [y - 1, 12] : m === 13 ? [y + 1, 1] : [y, m];
  return `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}`;
};

const lastDay = (month: string): number =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/** Splits [since, until] (YYYY-MM-DD, as sinceDate/untilDate give them) at month boundaries. */
export function monthSpan(since: string, until: string): MonthSpan {
  const first = since.slice(0, 7);
  const last = until.slice(0, 7);
  const fullFirst = since.slice(8) <= '01';
  const fullLast = Number(until.slice(8)) >= lastDay(last);
  if (first === last && !(fullFirst && fullLast))
    return { fromMonth: shift(first, 1), toMonth: first, edges: since <= until ? [{ lo: since, hi: until }] : [] };
  const edges: MonthSpan['edges'] = [];
  if (!fullFirst) edges.push({ lo: since, hi: `${first}-31` });
  if (!fullLast) edges.push({ lo: `${last}-01`, hi: until });
  return { fromMonth: fullFirst ? first : shift(first, 1), toMonth: fullLast ? last : shift(last, -1), edges };
}
