/** One pair-month whose summary an ingest must recount: month "" holds the pair's undated events. */
export interface MonthTouch {
  key: string;
  a: string;
  b: string;
  month: string;
  /** Date bounds of the month for the index seek; "~" sorts after every date, so "" gives an empty range. */
  lo: string;
  hi: string;
}

export interface DyadTouches {
  months: MonthTouch[];
  pairs: { a: string; b: string }[];
}

/** What an event contributes to the state network: its states and its date, as stored on the Event. */
export interface NetworkFact {
  a: string | null | undefined;
  b: string | null | undefined;
  date: string | null | undefined;
}

/** Collects the pair-months a set of written or removed events falls in, sorted so writers lock in one order. */
export function dyadTouches(facts: Iterable<NetworkFact>): DyadTouches {
  const months = new Map<string, MonthTouch>();
  const pairs = new Map<string, { a: string; b: string }>();
  for (const f of facts) {
    if (!f.a || !f.b || f.a === f.b) continue;
    const month = f.date ? f.date.slice(0, 7) : '';
    const key = `${f.a}|${f.b}|${month}`;
    if (!months.has(key))
      months.set(key, {
        key,
        a: f.a,
        b: f.b,
        month,
        lo: month === '' ? '~' : month,
        hi: month === '' ? '~' : `${month}~`,
      });
    pairs.set(`${f.a}|${f.b}`, { a: f.a, b: f.b });
  }
  const byKey = <T>(m: Map<string, T>) => [...m].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, v]) => v);
  return { months: byKey(months), pairs: byKey(pairs) };
}

/** The network facts of event rows as the loaders build them (`props.actorState`, `props.targetState`, `props.date`). */
export const factsOfEventRows = (rows: readonly { props: Record<string, unknown> }[]): NetworkFact[] =>
  rows.map((r) => ({
    a: r.props.actorState as string | undefined,
    b: r.props.targetState as string | undefined,
    date: r.props.date as string | undefined,
  }));
