import { describe, expect, it } from '@jest/globals';
import {
  dateIdCursor,
  decodeCursor,
  keyCursor,
  offsetCursor,
  pageOf,
  type CursorKind,
} from '../../../server/use-cases/cursor.ts';
import { AppError } from '../../../server/use-cases/app-error.ts';

describe('cursors', () => {
  it('a cursor decodes to the position it was made from', () => {
    const c = dateIdCursor.encode({ d: '2015-01-02', i: 'abc' });
    expect(decodeCursor(c, dateIdCursor)).toEqual({ d: '2015-01-02', i: 'abc' });
    expect(decodeCursor(keyCursor.encode({ k: 'UN-SC1718' }), keyCursor)).toEqual({ k: 'UN-SC1718' });
    expect(decodeCursor(offsetCursor.encode({ o: 400 }), offsetCursor)).toEqual({ o: 400 });
  });

  it('a cursor is opaque: URL-safe text without the position in sight, and matches its own pattern', () => {
    const c = dateIdCursor.encode({ d: '2015-01-02', i: 'a/b+c.d' });
    expect(c).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(c).not.toContain('2015');
    expect(c).toMatch(dateIdCursor.pattern);
    expect(keyCursor.encode({ k: 'Ünïcode key' })).toMatch(keyCursor.pattern);
  });

  it('no cursor means the first page', () => {
    expect(decodeCursor(undefined, dateIdCursor)).toBeNull();
    expect(decodeCursor('', dateIdCursor)).toBeNull();
  });

  it.each([
    ['AAAA', keyCursor],
    ['0', keyCursor],
    ['eyJkIjox.fQ', dateIdCursor],
    ['.', dateIdCursor],
    ['000000', offsetCursor],
  ] as [string, CursorKind<unknown>][])(
    'any text of the pattern (%s) decodes to some position, so the document that states the pattern states the rule',
    (c, kind) => {
      expect(decodeCursor(c, kind)).toEqual(expect.any(Object));
    },
  );

  it.each([
    ['not-a-cursor!', dateIdCursor],
    ['abc', dateIdCursor],
    ['a.b.c', dateIdCursor],
    ['x+y', keyCursor],
    ['12ab', offsetCursor],
    ['1234567', offsetCursor],
  ] as [string, CursorKind<unknown>][])('a forged or foreign cursor (%s) is a 400', (c, kind) => {
    expect(() => decodeCursor(c, kind)).toThrow(AppError);
    try {
      decodeCursor(c, kind);
    } catch (e) {
      expect((e as AppError).status).toBe(400);
      expect((e as AppError).code).toBe('bad_cursor');
    }
  });

  it('a page fetched with one row too many has a next cursor at its last item', () => {
    const page = pageOf([1, 2, 3], 2, (n) => offsetCursor.encode({ o: n }));
    expect(page.items).toEqual([1, 2]);
    expect(page.nextCursor).toBe('2');
    expect(pageOf([1, 2], 2, (n) => offsetCursor.encode({ o: n })).nextCursor).toBeNull();
  });
});
