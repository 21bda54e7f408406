import { describe, expect, test } from '@jest/globals';
import { rangeFromHandle } from '../../../client/src/filters/utils.ts';

const bounds = { min: 2005, max: 2022 };
const all = { since: null, until: null };

describe('the two-handle year range', () => {
  test('from "all dates", moving the start keeps the end open, then moving the end keeps the start', () => {
    const first = rangeFromHandle(all, 'from', 2008, bounds);
    expect(first).toEqual({ since: '2008-01-01', until: null });
    expect(rangeFromHandle(first, 'to', 2012, bounds)).toEqual({ since: '2008-01-01', until: '2012-12-31' });
  });
  test('either order gives the same range', () => {
    const first = rangeFromHandle(all, 'to', 2012, bounds);
    expect(first).toEqual({ since: null, until: '2012-12-31' });
    expect(rangeFromHandle(first, 'from', 2008, bounds)).toEqual({ since: '2008-01-01', until: '2012-12-31' });
  });
  test('pushing one handle past the other drags it along; both at the ends is all dates again', () => {
    expect(rangeFromHandle({ since: '2008-01-01', until: '2012-12-31' }, 'from', 2015, bounds)).toEqual({
      since: '2015-01-01',
      until: '2015-12-31',
    });
    expect(rangeFromHandle({ since: '2008-01-01', until: null }, 'from', 2005, bounds)).toEqual(all);
  });
});
