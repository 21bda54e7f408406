import { describe, expect, it } from '@jest/globals';
import { createDeltaSum, networkDeltas } from '../../../../server/ingest/network/network-deltas.ts';
import type { EventRow } from '../../../../server/ingest/rows/event-row.ts';

const row = (id: string, props: Record<string, unknown>): EventRow => ({
  id,
  hash: id,
  actor: 'x',
  target: 'y',
  source: 's',
  evidence: {},
  props,
});

describe('networkDeltas', () => {
  it('sums new events per pair-month and per pair, Goldstein in integer hundredths by quad class', () => {
    const { months, pairs } = networkDeltas([
      row('1', { actorState: 'USA', targetState: 'RUS', date: '2010-03-30', quad: 1, goldstein: 2.8 }),
      row('2', { actorState: 'USA', targetState: 'RUS', date: '2010-03-02', quad: 4, goldstein: -10 }),
      row('3', { actorState: 'USA', targetState: 'RUS', date: '2010-04-01', quad: 1, goldstein: 0.1 }),
    ]);
    expect(months).toEqual([
      {
        key: 'USA|RUS|2010-03',
        a: 'USA',
        b: 'RUS',
        month: '2010-03',
        count: 2,
        quad1: 1,
        quad2: 0,
        quad3: 0,
        quad4: 1,
        g1: 280,
        g2: 0,
        g3: 0,
        g4: -1000,
        goldsteinSum: -720,
        first: '2010-03-02',
        last: '2010-03-30',
      },
      expect.objectContaining({ key: 'USA|RUS|2010-04', count: 1, g1: 10, goldsteinSum: 10 }),
    ]);
    expect(pairs).toEqual([
      {
        a: 'USA',
        b: 'RUS',
        count: 3,
        quad1: 2,
        quad2: 0,
        quad3: 0,
        quad4: 1,
        goldsteinSum: -710,
        first: '2010-03-02',
        last: '2010-04-01',
      },
    ]);
  });

  it('counts an id given twice once, with the first row, which is the one the merge stored', () => {
    const { months } = networkDeltas([
      row('1', { actorState: 'CHN', targetState: 'PRK', date: '2011-01-09', quad: 1, goldstein: 1 }),
      row('1', { actorState: 'CHN', targetState: 'PRK', date: '2011-01-09', quad: 4, goldstein: -9 }),
    ]);
    expect(months).toEqual([expect.objectContaining({ count: 1, quad1: 1, quad4: 0, goldsteinSum: 100 })]);
  });

  it('gives undated events the empty month, and skips events without two different states', () => {
    const { months, pairs } = networkDeltas([
      row('1', { actorState: 'AAA', targetState: 'BBB', quad: 2 }),
      row('2', { actorState: 'AAA', targetState: 'AAA', date: '2010-01-01' }),
      row('3', { actorState: 'AAA', date: '2010-01-01' }),
    ]);
    expect(months).toEqual([
      expect.objectContaining({ key: 'AAA|BBB|', month: '', count: 1, quad2: 1, first: null, last: null }),
    ]);
    expect(pairs).toHaveLength(1);
  });

  it('sorts months and pairs by key, so concurrent writers take the summaries locks in one order', () => {
    const { months, pairs } = networkDeltas([
      row('1', { actorState: 'USA', targetState: 'RUS', date: '2010-03-02' }),
      row('2', { actorState: 'CHN', targetState: 'PRK', date: '2011-01-09' }),
      row('3', { actorState: 'USA', targetState: 'RUS', date: '2009-12-31' }),
    ]);
    expect(months.map((m) => m.key)).toEqual(['CHN|PRK|2011-01', 'USA|RUS|2009-12', 'USA|RUS|2010-03']);
    expect(pairs.map((p) => `${p.a}|${p.b}`)).toEqual(['CHN|PRK', 'USA|RUS']);
  });

  it('summed batch by batch, gives what one sum over all the rows gives, and counts the months it holds', () => {
    const all = Array.from({ length: 60 }, (_, i) =>
      row(String(i), {
        actorState: ['USA', 'CHN', 'RUS'][i % 3],
        targetState: ['RUS', 'PRK'][i % 2],
        date: `2012-0${1 + (i % 4)}-1${i % 10}`,
        quad: 1 + (i % 4),
        goldstein: (i % 7) - 3.5,
      }),
    );
    const sum = createDeltaSum();
    for (let i = 0; i < all.length; i += 7) sum.add(all.slice(i, i + 7));
    expect(sum.result()).toEqual(networkDeltas(all));
    expect(sum.size).toBe(networkDeltas(all).months.length);
  });
});
