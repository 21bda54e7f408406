import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';
import { int } from './integer-params.ts';

export type MessageItem = Record<string, unknown> & { id: string; date: string | null };

export interface MessageFilter {
  from: string | null;
  to: string | null;
  either: boolean;
  since: string | null;
  until: string | null;
  afterDate: string | null;
  afterId: string | null;
  limit: number;
}

export const listMessages = async (db: Database, f: MessageFilter): Promise<MessageItem[]> =>
  (await runNamed<{ message: MessageItem }>(db, 'messages/list-messages', { ...f, limit: int(f.limit) })).map(
    (r) => r.message,
  );
