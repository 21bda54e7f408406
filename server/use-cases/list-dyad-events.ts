import type { Database } from '../neo4j/database.ts';
import { listDyadEvents, listDyadUndatedEvents, type EventItem } from '../repositories/events-repository.ts';
import { dateIdCursor, decodeCursor, pageOf, type Page } from './cursor.ts';
import { sinceDate, untilDate } from './date-range.ts';
import type { DyadInput } from './get-dyad.ts';

/** The same request as a dyad's: two states, a period, a page. */
export type DyadEventsInput = DyadInput;

/**
 * The events between two states, newest first, one page: dated ones from the pair's date index, then (when no period is
 * asked for) the undated ones. The cursor is the same (date, id) position as the other event lists.
 */
export async function listDyadEventsPage(db: Database, input: DyadEventsInput): Promise<Page<EventItem>> {
  const after = decodeCursor(input.cursor, dateIdCursor);
  const since = sinceDate(input.since);
  const until = untilDate(input.until);
  const undated = input.since === undefined && input.until === undefined;
  const inUndatedTail = after !== null && after.d === '';
  let rows: EventItem[] = [];
  if (!inUndatedTail) {
    const upto = after && after.d < until ? after.d : until;
    rows = await listDyadEvents(db, {
      a: input.a,
      b: input.b,
      since,
      upto,
      afterDate: after?.d ?? null,
      afterId: after?.i ?? null,
      limit: input.limit + 1,
    });
  }
  if (undated && rows.length <= input.limit) {
    const tail = await listDyadUndatedEvents(db, {
      a: input.a,
      b: input.b,
      afterId: inUndatedTail ? after.i : null,
      limit: input.limit + 1 - rows.length,
    });
    rows = [...rows, ...tail];
  }
  return pageOf(rows, input.limit, (e) => dateIdCursor.encode({ d: e.date ?? '', i: e.id }));
}
