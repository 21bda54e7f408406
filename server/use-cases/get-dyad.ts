import type { Database } from '../neo4j/database.ts';
import { countDyadEventsByMonth, summarizeDyad } from '../repositories/events-repository.ts';
import { listMessages } from '../repositories/messages-repository.ts';
import { listDyadSanctions } from '../repositories/sanctions-repository.ts';
import { badRequest, notFound } from './app-error.ts';
import { sinceDate, untilDate } from './date-range.ts';
import { listDyadEventsPage } from './list-dyad-events.ts';
import { monthSpan } from './month-span.ts';

export interface DyadInput {
  a: string;
  b: string;
  since?: string;
  until?: string;
  limit: number;
  cursor?: string;
}

const messageCap = 500;

/** Everything between two states: summaries each way, events by month and quad class, a page of events, messages and sanctions, with evidence. */
export async function getDyad(db: Database, input: DyadInput) {
  const { a, b } = input;
  if (a === b) throw badRequest('a and b must be two different states');
  const summary = await summarizeDyad(db, a, b);
  if (!summary) {
    const missing = (await summarizeDyad(db, a, a)) ? b : a;
    throw notFound(`state with code "${missing}"`);
  }
  const since = sinceDate(input.since);
  const until = untilDate(input.until);
  const [months, events, messages, sanctions] = await Promise.all([
    countDyadEventsByMonth(db, {
      a,
      b,
      ...monthSpan(since, until),
      undated: input.since === undefined && input.until === undefined,
    }),
    listDyadEventsPage(db, { a, b, since: input.since, until: input.until, limit: input.limit, cursor: input.cursor }),
    listMessages(db, {
      from: a,
      to: b,
      either: true,
      since: input.since ? since : null,
      until: input.until ? until : null,
      afterDate: null,
      afterId: null,
      limit: messageCap,
    }),
    listDyadSanctions(db, a, b),
  ]);
  return {
    a: summary.a,
    b: summary.b,
    summary: { [`${a}->${b}`]: summary.ab, [`${b}->${a}`]: summary.ba },
    months,
    events,
    messages,
    sanctions,
  };
}
