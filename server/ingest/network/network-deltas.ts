import type { EventRow } from '../rows/event-row.ts';

/** What a set of new events adds to one pair-month: the same sums the recount keeps, Goldstein in hundredths. */
export interface MonthDelta {
  key: string;
  a: string;
  b: string;
  month: string;
  count: number;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
  g1: number;
  g2: number;
  g3: number;
  g4: number;
  goldsteinSum: number;
  first: string | null;
  last: string | null;
}

/** What they add to one pair's DYAD. */
export type PairDelta = Omit<MonthDelta, 'key' | 'month' | 'g1' | 'g2' | 'g3' | 'g4'>;

const minDate = (x: string | null, y: string | null) => (x === null ? y : y === null || x <= y ? x : y);
const maxDate = (x: string | null, y: string | null) => (x === null ? y : y === null || x >= y ? x : y);
const byKey = <T>(m: Map<string, T>) => [...m].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, v]) => v);

/** Pair-month and pair deltas summed over many calls (a streaming load adds each batch's new events). */
export interface DeltaSum {
  /** Adds new event rows; an id given twice within one call counts once (the first row is the one stored). */
  add(created: readonly EventRow[]): void;
  /** Pair-months held so far: a caller bounds memory by writing them out and starting a new sum. */
  readonly size: number;
  /** The sums, sorted by key, so concurrent writers take the summaries' locks in one order. */
  result(): { months: MonthDelta[]; pairs: PairDelta[] };
}

export function createDeltaSum(): DeltaSum {
  const months = new Map<string, MonthDelta>();
  const pairs = new Map<string, PairDelta>();
  return {
    add(created) {
      const seen = new Set<string>();
      for (const row of created) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        addRow(months, pairs, row);
      }
    },
    get size() {
      return months.size;
    },
    result: () => ({ months: byKey(months), pairs: byKey(pairs) }),
  };
}

/**
 * Sums newly created event rows into pair-month and pair deltas, so a load adds to the network what its own events
 * hold without the database reading them back. The arithmetic is refresh-dyad-months' (Goldstein × 100, rounded
 * to an integer per event), so adding and recounting agree exactly. An id given twice counts once: the first row is the
 * one the merge stored. Sorted by key, so concurrent writers take the summaries' locks in one order.
 */
export function networkDeltas(created: readonly EventRow[]): { months: MonthDelta[]; pairs: PairDelta[] } {
  const sum = createDeltaSum();
  sum.add(created);
  return sum.result();
}

function addRow(months: Map<string, MonthDelta>, pairs: Map<string, PairDelta>, row: EventRow): void {
  const a = row.props.actorState as string | undefined;
  const b = row.props.targetState as string | undefined;
  if (!a || !b || a === b) return;
  const date = (row.props.date as string | undefined) ?? null;
  const month = date === null ? '' : date.slice(0, 7);
  const quad = row.props.quad as number | undefined;
  const g = Math.round(((row.props.goldstein as number | undefined) ?? 0) * 100);
  const key = `${a}|${b}|${month}`;
  let m = months.get(key);
  if (!m) {
    const zero = { count: 0, quad1: 0, quad2: 0, quad3: 0, quad4: 0, g1: 0, g2: 0, g3: 0, g4: 0, goldsteinSum: 0 };
    m = { key, a, b, month, ...zero, first: null, last: null };
    months.set(key, m);
  }
  let p = pairs.get(`${a}|${b}`);
  if (!p) {
    p = { a, b, count: 0, quad1: 0, quad2: 0, quad3: 0, quad4: 0, goldsteinSum: 0, first: null, last: null };
    pairs.set(`${a}|${b}`, p);
  }
  for (const s of [m, p]) {
    s.count += 1;
    s.goldsteinSum += g;
    s.first = minDate(s.first, date);
    s.last = maxDate(s.last, date);
  }
  if (quad === 1 || quad === 2 || quad === 3 || quad === 4) {
    m[`quad${quad}`] += 1;
    p[`quad${quad}`] += 1;
    m[`g${quad}`] += g;
  }
}
