import type { Database } from '../neo4j/database.ts';
import { listStates as list } from '../repositories/states-repository.ts';
import { decodeCursor, keyPosition, pageOf, type Page } from './cursor.ts';

export async function listStates(
  db: Database,
  input: { region?: string; limit: number; cursor?: string },
): Promise<Page<Record<string, unknown>>> {
  const after = decodeCursor(input.cursor, keyPosition);
  const rows = await list(db, { afterCode: after?.k ?? null, region: input.region ?? null, limit: input.limit + 1 });
  return pageOf(rows, input.limit, (s) => ({ k: String(s.code) }));
}
