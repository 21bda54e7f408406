import { describe, expect, test } from '@jest/globals';
import { datasetOf, yearBounds } from '../../../client/src/app/dataset-of.ts';
import { createStore } from '../../../client/src/app/store.ts';
import * as up from '../../../client/src/app/updaters.ts';
import { decodeUrlState } from '../../../client/src/url-state/utils.ts';
import { moveActive, searchable } from '../../../client/src/search/utils.ts';

const s0 = up.initialState(decodeUrlState('?focus=State:PRK&sel=node:State:PRK'));

describe('state changes', () => {
  test('the URL seeds the state', () => {
    expect(s0.focus).toEqual(['State:PRK']);
    expect(s0.shown).toEqual({ 'State:PRK': up.neighboursStep });
  });
  test('expanding twice shows more; hiding clears the selection of that node', () => {
    const s1 = up.expand('State:PRK')(s0);
    expect(s1.shown['State:PRK']).toBe(2 * up.neighboursStep);
    expect(s1.focus).toEqual(['State:PRK']);
    const s2 = up.hide('State:PRK')(s1);
    expect(s2.hidden).toEqual(['State:PRK']);
    expect(s2.selection).toBeNull();
    expect(up.collapse('State:PRK')(s1).focus).toEqual([]);
  });
  test('pins toggle, hover does not change state when it is the same', () => {
    expect(up.togglePin('A')(up.togglePin('A')(s0)).pinned).toEqual([]);
    const hovered = up.hover('A')(s0);
    expect(up.hover('A')(hovered)).toBe(hovered);
  });
  test('the store tells listeners the previous and next state, and nothing for no change', () => {
    const store = createStore(s0);
    const seen: string[] = [];
    store.subscribe((next, prev) => seen.push(`${String(prev.hovered)}->${String(next.hovered)}`));
    store.update(up.hover('X'));
    store.update(up.hover('X'));
    expect(seen).toEqual(['null->X']);
  });
});

describe('dataset', () => {
  const network = {
    attributes: {},
    nodes: [{ key: 'State:PRK', attributes: {} }],
    edges: [
      {
        key: 'd',
        source: 'State:PRK',
        target: 'State:PRK',
        attributes: { first: '2005-01-01', last: '2015-12-31', year: 2016 },
      },
    ],
  };
  test('cypher view shows only the result; the network view adds expansions', () => {
    const cypher = { attributes: {}, nodes: [{ key: 'X', attributes: {} }], edges: [] };
    expect(
      datasetOf({ network, expansions: new Map(), cypher }, { ...s0, view: 'cypher' }).graph.nodes.map((n) => n.key),
    ).toEqual(['X']);
    const hood = {
      attributes: {},
      nodes: [
        { key: 'State:PRK', attributes: {} },
        { key: 'Leader:k', attributes: {} },
      ],
      edges: [{ key: 'l', source: 'Leader:k', target: 'State:PRK', attributes: {} }],
    };
    const d = datasetOf({ network, expansions: new Map([['State:PRK', hood]]), cypher: null }, s0);
    expect(d.graph.nodes.map((n) => n.key)).toEqual(['State:PRK', 'Leader:k']);
    expect(d.expansionTotals.get('State:PRK')).toEqual({ shown: 1, total: 1 });
  });
  test('year bounds for the slider', () => expect(yearBounds(network)).toEqual({ min: 2005, max: 2016 }));
});

describe('search helpers', () => {
  test('arrow keys wrap', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 0)).toBe(-1);
  });
  test('only queries with a letter or digit are sent', () => {
    expect(searchable('DPRK')).toBe(true);
    expect(searchable('  "*')).toBe(false);
  });
});
