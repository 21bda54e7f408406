import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';
import { int, intOrNull } from './integer-params.ts';

const ints = (f: EventFilter) => ({
  ...f,
  quad: intOrNull(f.quad),
  minSources: intOrNull(f.minSources),
  limit: int(f.limit),
});
const dateScanParams = (f: EventFilter) => {
  const { undated: _undated, ...rest } = ints(f);
  return rest;
};

export type EventItem = Record<string, unknown> & { id: string; date: string | null };

export interface EventFilter {
  code: string | null;
  direction: 'out' | 'in' | 'both';
  other: string | null;
  since: string;
  until: string;
  /** Also undated events (only the walk from the state can find them). */
  undated: boolean;
  type: string | null;
  quad: number | null;
  /** Distinct publishers at least (independent ones when independentOnly); facts of data sets count as one. */
  minSources: number | null;
  independentOnly: boolean;
  afterDate: string | null;
  afterId: string | null;
  limit: number;
}

/** Walks from the state to its events: cost grows with the state's own events. Needs a code. */
export const listEventsByActors = async (db: Database, f: EventFilter & { code: string }): Promise<EventItem[]> =>
  (await runNamed<{ event: EventItem }>(db, 'events/list-events-by-actors', ints(f))).map((r) => r.event);

/** Reads events in date order and stops at a full page: cost shrinks as the share of matching events grows. */
export const listEventsByDate = async (db: Database, f: EventFilter): Promise<EventItem[]> =>
  (await runNamed<{ event: EventItem }>(db, 'events/list-events-by-date', dateScanParams(f))).map((r) => r.event);

export interface MonthCount {
  month: string | null;
  actor: string;
  quad: number;
  count: number;
  goldsteinMean: number;
}

/** Whole months come from the pair's summaries, the partial months at the ends (`edges`) from its events. */
export const countDyadEventsByMonth = (
  db: Database,
  p: {
    a: string;
    b: string;
    fromMonth: string;
    toMonth: string;
    edges: { lo: string; hi: string }[];
    undated: boolean;
  },
): Promise<MonthCount[]> => runNamed<MonthCount>(db, 'dyads/count-dyad-events-by-month', p);

/** Dated events between two states, newest first, from the pair's date index: reads about one page. */
export const listDyadEvents = async (
  db: Database,
  p: {
    a: string;
    b: string;
    since: string;
    upto: string;
    afterDate: string | null;
    afterId: string | null;
    limit: number;
  },
): Promise<EventItem[]> =>
  (await runNamed<{ event: EventItem }>(db, 'events/list-dyad-events', { ...p, limit: int(p.limit) })).map(
    (r) => r.event,
  );

/** Undated events between two states, by id descending: the tail of the dyad's list. */
export const listDyadUndatedEvents = async (
  db: Database,
  p: { a: string; b: string; afterId: string | null; limit: number },
): Promise<EventItem[]> =>
  (await runNamed<{ event: EventItem }>(db, 'events/list-dyad-undated-events', { ...p, limit: int(p.limit) })).map(
    (r) => r.event,
  );

export interface DyadSummaryRow {
  a: { code: string; name: string };
  b: { code: string; name: string };
  ab: Record<string, unknown> | null;
  ba: Record<string, unknown> | null;
}

export const summarizeDyad = async (db: Database, a: string, b: string): Promise<DyadSummaryRow | null> =>
  (await runNamed<DyadSummaryRow>(db, 'dyads/summarize-dyad', { a, b }))[0] ?? null;
