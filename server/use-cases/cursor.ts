import { z } from 'zod';
import { badRequest } from './app-error.ts';

/**
 * Opaque cursors: base64url of a small JSON value (a keyset position or an offset).
 * Clients pass them back untouched; a cursor that does not decode to the expected shape is a 400.
 */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, shape: z.ZodType<T>): T | null {
  if (cursor === undefined || cursor === '') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('cursor: not a cursor this API issued', 'bad_cursor');
  }
  const parsed = shape.safeParse(raw);
  if (!parsed.success) throw badRequest('cursor: not a cursor this API issued', 'bad_cursor');
  return parsed.data;
}

/** Keyset position of lists ordered by date then id, both descending. */
export const dateIdPosition = z.object({ d: z.string().max(40), i: z.string().max(200) }).strict();
export type DateIdPosition = z.infer<typeof dateIdPosition>;

/** Keyset position of lists ordered by one string key, ascending. */
export const keyPosition = z.object({ k: z.string().max(300) }).strict();

/** Offset position, for lists whose order has no cheap keyset. */
export const offsetPosition = z.object({ o: z.number().int().min(0).max(1_000_000) }).strict();

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

/** Builds a page from rows fetched with limit + 1, so "is there more" costs no second query. */
export function pageOf<T>(rows: T[], limit: number, positionOf: (last: T) => unknown): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null };
}
