import type { Database } from '../neo4j/database.ts';
import { getSource as find, listSourceFacts } from '../repositories/sources-repository.ts';
import { notFound } from './app-error.ts';
import { decodeCursor, offsetCursor, pageOf } from './cursor.ts';
import { publicProperties } from './graph-keys.ts';
import { plainProperties } from '../neo4j/plain-value.ts';

const parseMentions = (m: unknown): unknown => {
  if (typeof m !== 'string') return m ?? [];
  try {
    return JSON.parse(m);
  } catch {
    return [];
  }
};

/** A source (for documents, its full text) with a page of the facts drawn from it and their offsets, and what it mentions. */
export async function getSource(db: Database, input: { key: string; limit: number; cursor?: string }) {
  const skip = decodeCursor(input.cursor, offsetCursor)?.o ?? 0;
  const row = await find(db, input.key);
  if (!row) throw notFound(`source with id "${input.key}"`);
  const facts = await listSourceFacts(db, { key: input.key, skip, limit: input.limit + 1 });
  const page = pageOf(facts, input.limit, () => offsetCursor.encode({ o: skip + input.limit }));
  return {
    source: publicProperties(plainProperties(row.source.properties)),
    factCount: row.factCount,
    facts: page,
    mentions: row.mentions.map((m) => ({ ...m, mentions: parseMentions(m.mentions) })),
  };
}
