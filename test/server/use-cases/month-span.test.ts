import { describe, expect, it } from '@jest/globals';
import { monthSpan } from '../../../server/use-cases/month-span.ts';

describe('monthSpan', () => {
  it('reads a range of whole years as whole months with no partial ends', () => {
    expect(monthSpan('2010-01-01', '2011-12-31')).toEqual({ fromMonth: '2010-01', toMonth: '2011-12', edges: [] });
  });

  it('treats a widened month end (February the 31st) and the real last day as whole', () => {
    expect(monthSpan('2012-02-01', '2012-02-31')).toEqual({ fromMonth: '2012-02', toMonth: '2012-02', edges: [] });
    expect(monthSpan('2012-01-01', '2012-02-29')).toEqual({ fromMonth: '2012-01', toMonth: '2012-02', edges: [] });
  });

  it('leaves the partial months at both ends to be counted from events', () => {
    expect(monthSpan('2010-03-15', '2010-12-10')).toEqual({
      fromMonth: '2010-04',
      toMonth: '2010-11',
      edges: [
        { lo: '2010-03-15', hi: '2010-03-31' },
        { lo: '2010-12-01', hi: '2010-12-10' },
      ],
    });
  });

  it('a range inside one month has no whole month, only that range', () => {
    const s = monthSpan('2010-03-05', '2010-03-20');
    expect(s.fromMonth > s.toMonth).toBe(true);
    expect(s.edges).toEqual([{ lo: '2010-03-05', hi: '2010-03-20' }]);
  });

  it('crosses a year boundary when it steps past a partial month', () => {
    expect(monthSpan('2009-12-02', '2011-01-30')).toMatchObject({ fromMonth: '2010-01', toMonth: '2010-12' });
  });

  it('the open range is every month', () => {
    expect(monthSpan('0000-01-01', '9999-12-31')).toEqual({ fromMonth: '0000-01', toMonth: '9999-12', edges: [] });
  });
});
