import { describe, expect, it } from '@jest/globals';
import { dyadTouches } from '../../../../server/ingest/network/dyad-touches.ts';

describe('dyadTouches', () => {
  it('gives each pair-month once and each pair once, sorted so concurrent writers lock in one order', () => {
    const t = dyadTouches([
      { a: 'USA', b: 'RUS', date: '2010-03-02' },
      { a: 'CHN', b: 'PRK', date: '2011-01-09' },
      { a: 'USA', b: 'RUS', date: '2010-03-30' },
      { a: 'USA', b: 'RUS', date: '2010-04-01' },
    ]);
    expect(t.months.map((m) => m.key)).toEqual(['CHN|PRK|2011-01', 'USA|RUS|2010-03', 'USA|RUS|2010-04']);
    expect(t.pairs).toEqual([
      { a: 'CHN', b: 'PRK' },
      { a: 'USA', b: 'RUS' },
    ]);
  });

  it('bounds a month by its dates and gives undated events the empty month with an empty date range', () => {
    const [dated, undated] = dyadTouches([
      { a: 'AAA', b: 'BBB', date: '2010-03-02' },
      { a: 'AAA', b: 'CCC', date: null },
    ]).months;
    expect(dated).toMatchObject({ month: '2010-03', lo: '2010-03', hi: '2010-03~' });
    expect('2010-03-31' < dated!.hi && '2010-04-01' > dated!.hi).toBe(true);
    expect(undated).toMatchObject({ key: 'AAA|CCC|', month: '', lo: '~', hi: '~' });
  });

  it('skips events without two different states: they are not part of the state network', () => {
    expect(
      dyadTouches([
        { a: 'USA', b: 'USA', date: '2010-01-01' },
        { a: null, b: 'RUS', date: '2010-01-01' },
        { a: 'USA', b: undefined, date: null },
      ]),
    ).toEqual({
      months: [],
      pairs: [],
    });
  });
});
