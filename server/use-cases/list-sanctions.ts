import type { Database } from '../neo4j/database.ts';
import { listSanctions as list, type SanctionItem } from '../repositories/sanctions-repository.ts';
import { decodeCursor, keyCursor, pageOf, type Page } from './cursor.ts';

export async function listSanctions(
  db: Database,
  input: { target?: string; imposer?: string; kind?: string; limit: number; cursor?: string },
): Promise<Page<SanctionItem>> {
  const after = decodeCursor(input.cursor, keyCursor);
  const rows = await list(db, {
    target: input.target ?? null,
    imposer: input.imposer ?? null,
    kind: input.kind ?? null,
    afterKey: after?.k ?? null,
    limit: input.limit + 1,
  });
  return pageOf(rows, input.limit, (s) => keyCursor.encode({ k: s.key }));
}
