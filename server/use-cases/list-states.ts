import type { Database } from '../neo4j/database.ts';
import { listStates as list } from '../repositories/states-repository.ts';
import { decodeCursor, keyCursor, pageOf, type Page } from './cursor.ts';

export async function listStates(
  db: Database,
  input: { region?: string; limit: number; cursor?: string },
): Promise<Page<Record<string, unknown>>> {
  const after = decodeCursor(input.cursor, keyCursor);
  const rows = await list(db, { afterCode: after?.k ?? null, region: input.region ?? null, limit: input.limit + 1 });
  return pageOf(rows, input.limit, (s) => keyCursor.encode({ k: String(s.code) }));
}
