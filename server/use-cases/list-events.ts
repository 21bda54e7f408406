import type { Database } from '../neo4j/database.ts';
import {
  listEventsByActors,
  listEventsByDate,
  type EventFilter,
  type EventItem,
} from '../repositories/events-repository.ts';
import { measureState } from '../repositories/states-repository.ts';
import { notFound } from './app-error.ts';
import { dateIdCursor, decodeCursor, pageOf, type Page } from './cursor.ts';
import { earliest, latest, sinceDate, untilDate } from './date-range.ts';

export interface EventsInput {
  /** The state whose events are listed; none lists all events. */
  code?: string;
  direction: 'out' | 'in' | 'both';
  /** The state on the other side. */
  other?: string;
  type?: string;
  quad?: number;
  since?: string;
  until?: string;
  /** At least this many distinct publishers (independent ones with independentOnly). */
  minSources?: number;
  independentOnly?: boolean;
  limit: number;
  cursor?: string;
}

// Above this many events a state appears in so often that reading the date index in order fills a
// page sooner than walking all of the state's events and sorting them.
const busyState = 3000;

/** Events newest first, one page at a time; each with its actor, target, CAMEO coding and evidence. */
export async function listEvents(db: Database, input: EventsInput): Promise<Page<EventItem>> {
  const after = decodeCursor(input.cursor, dateIdCursor);
  const filter: EventFilter = {
    code: input.code ?? null,
    direction: input.direction,
    other: input.other ?? null,
    since: sinceDate(input.since),
    until: untilDate(input.until),
    undated: input.since === undefined && input.until === undefined,
    type: input.type ?? null,
    quad: input.quad ?? null,
    minSources: input.minSources ?? (input.independentOnly ? 1 : null),
    independentOnly: input.independentOnly ?? false,
    afterDate: after?.d ?? null,
    afterId: after?.i ?? null,
    limit: input.limit + 1,
  };
  let rows: EventItem[];
  if (input.code === undefined) rows = await listEventsByDate(db, filter);
  else {
    const [state, other] = await Promise.all([
      measureState(db, input.code),
      input.other ? measureState(db, input.other) : null,
    ]);
    if (!state) throw notFound(`state with code "${input.code}"`);
    if (input.other && !other) throw notFound(`state with code "${input.other}"`);
    const busy = state.volume > busyState && (other === null || other.volume > busyState);
    rows = busy ? await listEventsByDate(db, filter) : await listEventsByActors(db, { ...filter, code: input.code });
    // The date index holds no undated events: once the dated ones run out, the walk adds the undated tail.
    if (busy && filter.undated && rows.length <= input.limit) {
      const tail = await listEventsByActors(db, {
        ...filter,
        code: input.code,
        since: latest,
        until: earliest,
        afterDate: after?.d ?? null,
        limit: input.limit + 1 - rows.length,
      });
      rows = [...rows, ...tail];
    }
  }
  return pageOf(rows, input.limit, (e) => dateIdCursor.encode({ d: e.date ?? '', i: e.id }));
}
