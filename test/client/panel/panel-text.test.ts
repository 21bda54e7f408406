import { describe, expect, test } from '@jest/globals';
import { chartBins } from '../../../client/src/panel/dyad-chart.ts';
import { fieldLabel, fieldValue, plural } from '../../../client/src/panel/field-labels.ts';
import { uniqueOffices } from '../../../client/src/panel/offices.ts';

describe('what the panels say', () => {
  test('fields read as words, not as property names', () => {
    expect(fieldLabel('cow')).toBe('COW code');
    expect(fieldLabel('iso2')).toBe('ISO 3166 two-letter code');
    expect(fieldLabel('unMember')).toBe('UN member');
    expect(fieldLabel('birthYear')).toBe('Birth year');
    expect(fieldValue(true)).toBe('yes');
  });
  test('counts take the right number', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(1232, 'event')).toBe('1,232 events');
  });
  test('one row per office even when two data sets report it', () => {
    const rows = uniqueOffices([
      { key: 'kim-jong-un', role: 'head_of_state', start: '2011-12-17', title: null },
      { key: 'kim-jong-un', role: 'head_of_state', start: '2011-12-17', title: 'Supreme Leader' },
      { key: 'kim-jong-un', role: 'effective', start: '2011-12-17', title: 'Effective leader' },
    ]);
    expect(rows.map((r) => r.title)).toEqual(['Supreme Leader', 'Effective leader']);
  });
  test('the dyad chart bins months by year over a long span, with empty years kept for the axis', () => {
    const bins = chartBins([
      { month: '2005-01', quad: 3, count: 2 },
      { month: '2005-03', quad: 1, count: 1 },
      { month: '2010-06', quad: 4, count: 5 },
    ]);
    expect(bins.map((b) => b.label)).toEqual(['2005', '2006', '2007', '2008', '2009', '2010']);
    expect(bins[0]!.counts).toEqual([1, 0, 2, 0]);
    expect(bins[5]!.counts).toEqual([0, 0, 0, 5]);
  });
  test('months without a month (undated rows) are left out of the chart', () => {
    expect(chartBins([{ month: null as unknown as string, quad: 1, count: 3 }])).toEqual([]);
    expect(
      chartBins([
        { month: null as unknown as string, quad: 1, count: 3 },
        { month: '2020-02', quad: 2, count: 1 },
      ]).map((b) => b.label),
    ).toEqual(['2020-02']);
  });
});
