import type { Database } from '../neo4j/database.ts';
import { listMessages as list, type MessageItem } from '../repositories/messages-repository.ts';
import { dateIdCursor, decodeCursor, pageOf, type Page } from './cursor.ts';
import { optionalSince, optionalUntil } from './date-range.ts';

export interface MessagesInput {
  from?: string;
  to?: string;
  since?: string;
  until?: string;
  limit: number;
  cursor?: string;
}

/** Messages newest first, from one state's side to another's (a leader or body acting for a state counts as the state). */
export async function listMessages(db: Database, input: MessagesInput): Promise<Page<MessageItem>> {
  const after = decodeCursor(input.cursor, dateIdCursor);
  const rows = await list(db, {
    from: input.from ?? null,
    to: input.to ?? null,
    either: false,
    since: optionalSince(input.since),
    until: optionalUntil(input.until),
    afterDate: after?.d ?? null,
    afterId: after?.i ?? null,
    limit: input.limit + 1,
  });
  return pageOf(rows, input.limit, (m) => dateIdCursor.encode({ d: m.date ?? '', i: m.id }));
}
