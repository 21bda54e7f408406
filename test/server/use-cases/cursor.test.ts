import { describe, expect, it } from '@jest/globals';
import { dateIdPosition, decodeCursor, encodeCursor, pageOf } from '../../../server/use-cases/cursor.ts';
import { AppError } from '../../../server/use-cases/app-error.ts';

describe('cursors', () => {
  it('a cursor decodes to the position it was made from', () => {
    const c = encodeCursor({ d: '2015-01-02', i: 'abc' });
    expect(decodeCursor(c, dateIdPosition)).toEqual({ d: '2015-01-02', i: 'abc' });
  });

  it('a cursor is opaque: URL-safe text without the JSON in sight', () => {
    expect(encodeCursor({ d: '2015-01-02', i: 'a/b+c' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('no cursor means the first page', () => {
    expect(decodeCursor(undefined, dateIdPosition)).toBeNull();
    expect(decodeCursor('', dateIdPosition)).toBeNull();
  });

  it.each(['not-a-cursor!', encodeCursor({ o: 5 }), encodeCursor({ d: 1, i: 'x' }), encodeCursor('x')])(
    'a forged or foreign cursor (%s) is a 400',
    (c) => {
      expect(() => decodeCursor(c, dateIdPosition)).toThrow(AppError);
      try {
        decodeCursor(c, dateIdPosition);
      } catch (e) {
        expect((e as AppError).status).toBe(400);
        expect((e as AppError).code).toBe('bad_cursor');
      }
    },
  );

  it('a page fetched with one row too many has a next cursor at its last item', () => {
    const page = pageOf([1, 2, 3], 2, (n) => ({ o: n }));
    expect(page.items).toEqual([1, 2]);
    expect(page.nextCursor).toBe(encodeCursor({ o: 2 }));
    expect(pageOf([1, 2], 2, (n) => ({ o: n })).nextCursor).toBeNull();
  });
});
