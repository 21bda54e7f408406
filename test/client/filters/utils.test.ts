import { describe, expect, test } from '@jest/globals';
import {
  applyFilters,
  defaultFilters,
  filterOptions,
  inDateRange,
  setDateRange,
  setMinOutlets,
  toggleNodeKind,
  toggleQuad,
  toggleRelationType,
  yearRange,
} from '../../../client/src/filters/utils.ts';
import type { GraphJson } from '../../../client/src/graph/types.ts';

const g: GraphJson = {
  attributes: {},
  nodes: [
    { key: 'State:A', attributes: { kind: 'State' } },
    { key: 'State:B', attributes: { kind: 'State' } },
    { key: 'Organization:UN', attributes: { kind: 'Organization' } },
  ],
  edges: [
    {
      key: 'd1',
      source: 'State:A',
      target: 'State:B',
      attributes: { type: 'DYAD', quad4: 5, quad1: 1, first: '2005-01-01', last: '2010-06-01' },
    },
    {
      key: 'd2',
      source: 'State:B',
      target: 'State:A',
      attributes: { type: 'DYAD', quad1: 5, first: '2014-01-01', last: '2015-01-01' },
    },
    { key: 's1', source: 'Organization:UN', target: 'State:B', attributes: { type: 'SANCTION', year: 2016 } },
    { key: 'm1', source: 'State:A', target: 'State:B', attributes: { type: 'MESSAGE', date: null } },
    { key: 'b1', source: 'State:A', target: 'State:B', attributes: { type: 'BORDERS' } },
  ],
};
const keys = (x: GraphJson) => x.edges.map((e) => e.key);

describe('filter updates are pure', () => {
  test('toggles add and remove', () => {
    const f = defaultFilters();
    const g1 = toggleRelationType('BORDERS')(f);
    expect(g1.excludedTypes).toEqual([]);
    expect(f.excludedTypes).toEqual(['BORDERS']);
    expect(toggleNodeKind('Leader')(f).excludedKinds).toEqual(['Leader']);
    expect(toggleQuad(2)(f).quads).toEqual([1, 3, 4]);
    expect(setDateRange('2016-01-01', '2016-12-31')(f)).toMatchObject({ since: '2016-01-01', until: '2016-12-31' });
    expect(yearRange(2016)).toEqual({ since: '2016-01-01', until: '2016-12-31' });
    expect(setMinOutlets(2)(f).minOutlets).toBe(2);
    expect(f.minOutlets).toBe(0);
  });
  test('a corroboration threshold is a whole number of outlets from 0 to 1000', () => {
    const f = defaultFilters();
    expect([-3, 2.7, Number.NaN, 5000].map((n) => setMinOutlets(n)(f).minOutlets)).toEqual([0, 2, 0, 1000]);
  });
});

describe('applyFilters', () => {
  test('borders are off by default', () =>
    expect(keys(applyFilters(g, defaultFilters(), new Set()))).toEqual(['d1', 'd2', 's1', 'm1']));
  test('quad classes filter summaries by their dominant class', () =>
    expect(keys(applyFilters(g, toggleQuad(4)(defaultFilters()), new Set()))).toEqual(['d2', 's1', 'm1']));
  test('a node kind takes its edges with it', () =>
    expect(keys(applyFilters(g, toggleNodeKind('Organization')(defaultFilters()), new Set()))).not.toContain('s1'));
  test('hidden nodes are gone', () =>
    expect(applyFilters(g, defaultFilters(), new Set(['State:A'])).nodes.map((n) => n.key)).toEqual([
      'State:B',
      'Organization:UN',
    ]));
  test('dates keep what overlaps the range and everything undated', () => {
    expect(keys(applyFilters(g, setDateRange('2016-01-01', '2016-12-31')(defaultFilters()), new Set()))).toEqual([
      's1',
      'm1',
    ]);
    expect(inDateRange(g.edges[0]!, '2010-01-01', null)).toBe(true);
    expect(inDateRange(g.edges[0]!, null, '2004-12-31')).toBe(false);
  });
  test('a corroboration threshold keeps the reported relations whose outlets reach it, and borders whatever it is', () => {
    const counted: GraphJson = {
      ...g,
      edges: [
        { key: 'd1', source: 'State:A', target: 'State:B', attributes: { type: 'DYAD', quad1: 1, outlets: 3 } },
        { key: 'm1', source: 'State:A', target: 'State:B', attributes: { type: 'MESSAGE', outlets: 2 } },
        { key: 's1', source: 'Organization:UN', target: 'State:B', attributes: { type: 'SANCTION', outlets: 1 } },
        // An expansion's relation, not counted over corroborated events: no outlets.
        { key: 'x1', source: 'State:B', target: 'State:A', attributes: { type: 'DYAD', quad1: 4 } },
        { key: 'b1', source: 'State:A', target: 'State:B', attributes: { type: 'BORDERS' } },
      ],
    };
    const at = (n: number) =>
      keys(applyFilters(counted, { ...defaultFilters(), excludedTypes: [], minOutlets: n }, new Set()));
    expect(at(0)).toEqual(['d1', 'm1', 's1', 'x1', 'b1']);
    expect(at(1)).toEqual(['d1', 'm1', 's1', 'b1']);
    expect(at(2)).toEqual(['d1', 'm1', 'b1']);
    expect(at(3)).toEqual(['d1', 'b1']);
    expect(at(4)).toEqual(['b1']);
  });
  test('options list what is present, with the network kinds always offered', () => {
    expect(filterOptions(g)).toEqual({
      nodeKinds: ['Organization', 'State'],
      relationTypes: ['BORDERS', 'DYAD', 'MESSAGE', 'SANCTION'],
    });
  });
});
