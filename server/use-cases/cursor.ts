import { badRequest } from './app-error.ts';

/**
 * Opaque cursors: URL-safe text that clients pass back untouched. Each kind has a pattern that every cursor it
 * issues matches and that every matching text decodes by (to some position, maybe one no page starts at), so the
 * API document can state exactly which cursors are accepted: a fuzzer's schema-valid cursor is never refused.
 */
export interface CursorKind<T> {
  /** Every text this kind decodes; the empty text (the first page) included. */
  pattern: RegExp;
  encode(position: T): string;
  decode(cursor: string): T;
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
// Any text of the base64url alphabet decodes; bytes that are no UTF-8 become U+FFFD, a key no row has.
const unb64 = (s: string): string => Buffer.from(s, 'base64url').toString('utf8');

export interface DateIdPosition {
  d: string;
  i: string;
}

/** Keyset position of lists ordered by date then id, both descending: base64url date, a dot, base64url id. */
export const dateIdCursor: CursorKind<DateIdPosition> = {
  pattern: /^(?:[A-Za-z0-9_-]{0,400}\.[A-Za-z0-9_-]{0,400})?$/,
  encode: ({ d, i }) => `${b64(d)}.${b64(i)}`,
  decode: (c) => {
    const [d = '', i = ''] = c.split('.');
    return { d: unb64(d), i: unb64(i) };
  },
};

/** Keyset position of lists ordered by one string key, ascending: the key in base64url. */
export const keyCursor: CursorKind<{ k: string }> = {
  pattern: /^[A-Za-z0-9_-]{0,400}$/,
  encode: ({ k }) => b64(k),
  decode: (c) => ({ k: unb64(c) }),
};

/** Offset position, for lists whose order has no cheap keyset: the rows to skip, in decimal digits. */
export const offsetCursor: CursorKind<{ o: number }> = {
  pattern: /^[0-9]{0,6}$/,
  encode: ({ o }) => String(o),
  decode: (c) => ({ o: Number(c) }),
};

/** The position a cursor stands for; none (or the empty text) is the first page, a text of another shape a 400. */
export function decodeCursor<T>(cursor: string | undefined, kind: CursorKind<T>): T | null {
  if (cursor === undefined || cursor === '') return null;
  if (!kind.pattern.test(cursor)) throw badRequest('cursor: not a cursor this API issued', 'bad_cursor');
  return kind.decode(cursor);
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

/** Builds a page from rows fetched with limit + 1, so "is there more" costs no second query. */
export function pageOf<T>(rows: T[], limit: number, cursorOf: (last: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}
