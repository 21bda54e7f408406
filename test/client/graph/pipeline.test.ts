import { beforeAll, describe, expect, test } from '@jest/globals';
import { defaultFilters } from '../../../client/src/filters/utils.ts';
import { louvainCommunities } from '../../../client/src/graph/communities.ts';
import { loadAnalysis } from '../../../client/src/graph/load-analysis.ts';
import { mergeGraphs, rankNeighbours, truncateExpansion } from '../../../client/src/graph/dataset.ts';
import { quadColours, relationColours } from '../../../client/src/graph/palette.ts';
import { runPipeline } from '../../../client/src/graph/pipeline.ts';
import type { GraphJson } from '../../../client/src/graph/types.ts';

// Louvain, PageRank and betweenness are the page's lazily loaded chunk.
beforeAll(() => loadAnalysis());

const state = (code: string, lon: number, lat: number) => ({
  key: `State:${code}`,
  attributes: { kind: 'State', label: code, lon, lat },
});
const network: GraphJson = {
  attributes: { view: 'network' },
  nodes: [state('CHN', 105, 35), state('PRK', 127, 40), state('USA', -97, 38), state('KOR', 127.5, 37)],
  edges: [
    {
      key: 'DYAD:CHN-PRK',
      source: 'State:CHN',
      target: 'State:PRK',
      attributes: { type: 'DYAD', count: 36, quad1: 16, quad2: 1, quad3: 8, quad4: 11 },
    },
    {
      key: 'DYAD:USA-PRK',
      source: 'State:USA',
      target: 'State:PRK',
      attributes: { type: 'DYAD', count: 50, quad1: 5, quad2: 0, quad3: 30, quad4: 15 },
    },
    { key: 'MESSAGE:m1', source: 'State:CHN', target: 'State:PRK', attributes: { type: 'MESSAGE', date: null } },
    { key: 'BORDERS:CHN-PRK', source: 'State:CHN', target: 'State:PRK', attributes: { type: 'BORDERS' } },
  ],
};
const input = {
  filters: defaultFilters(),
  hidden: [],
  pinned: ['State:USA'],
  colour: 'kind' as const,
  edgeCap: 100,
  keep: [],
  positions: new Map([['State:CHN', { x: 1, y: 2 }]]),
};

describe('runPipeline', () => {
  test('filters, then gives each node and edge what sigma needs', () => {
    const { visual, filtered } = runPipeline(network, input);
    expect(filtered.edges.map((e) => e.key)).not.toContain('BORDERS:CHN-PRK');
    const chn = visual.nodes.find((n) => n.key === 'State:CHN')!.attributes;
    expect(chn).toMatchObject({ x: 1, y: 2, label: 'CHN', kind: 'State', degree: 1 });
    expect(visual.nodes.find((n) => n.key === 'State:USA')!.attributes.fixed).toBe(true);
    const usa = visual.edges.find((e) => e.key === 'DYAD:USA-PRK')!.attributes;
    expect(usa).toMatchObject({ color: quadColours[3], type: 'line', quad: 3, relType: 'DYAD' });
    const message = visual.edges.find((e) => e.key === 'MESSAGE:m1')!.attributes;
    expect(message).toMatchObject({ color: relationColours.MESSAGE, type: 'curvedArrow' });
    expect(visual.edges.find((e) => e.key === 'DYAD:CHN-PRK')!.attributes.type).toBe('curved');
  });
  test('hidden nodes leave with their edges; the input is not changed', () => {
    const before = JSON.stringify(network);
    const { visual } = runPipeline(network, { ...input, hidden: ['State:PRK'] });
    expect(visual.nodes.map((n) => n.key)).not.toContain('State:PRK');
    expect(visual.edges).toEqual([]);
    expect(JSON.stringify(network)).toBe(before);
  });
  test('community colouring gives connected nodes one colour', () => {
    const { visual } = runPipeline(network, { ...input, colour: 'community' });
    const colour = (k: string) => visual.nodes.find((n) => n.key === k)!.attributes.color;
    expect(colour('State:CHN')).toBe(colour('State:PRK'));
    const communities = louvainCommunities(network);
    expect(communities.get('State:KOR')).not.toBe(communities.get('State:CHN'));
  });
  test('the labelTop most connected nodes always carry their label, ties by key', () => {
    const star: GraphJson = {
      attributes: { view: 'network' },
      nodes: ['A', 'B', 'C', 'D', 'E'].map((c, i) => state(c, i, i)),
      edges: [
        ['A', 'B'],
        ['A', 'C'],
        ['A', 'D'],
        ['E', 'D'],
      ].map(([s, t]) => ({
        key: `DYAD:${s}-${t}`,
        source: `State:${s}`,
        target: `State:${t}`,
        attributes: { type: 'DYAD', count: 1 },
      })),
    };
    const labelled = (labelTop: number) =>
      runPipeline(star, { ...input, pinned: [], labelTop })
        .visual.nodes.filter((n) => n.attributes.forceLabel)
        .map((n) => n.key)
        .sort();
    // degrees: A 3, D 2, B C E 1
    expect(labelled(1)).toEqual(['State:A']);
    expect(labelled(3)).toEqual(['State:A', 'State:B', 'State:D']);
    expect(labelled(0)).toEqual([]);
    expect(labelled(10)).toHaveLength(5);
  });
});

describe('expansions', () => {
  const hood: GraphJson = {
    attributes: {},
    nodes: [
      state('PRK', 127, 40),
      { key: 'Leader:kim-jong-un', attributes: { kind: 'Leader', label: 'Kim Jong-un' } },
      state('CHN', 105, 35),
      { key: 'Leader:x', attributes: { kind: 'Leader' } },
    ],
    edges: [
      { key: '5:1', source: 'Leader:kim-jong-un', target: 'State:PRK', attributes: { type: 'LEADS' } },
      { key: '5:2', source: 'State:CHN', target: 'State:PRK', attributes: { type: 'DYAD', count: 36 } },
      { key: '5:3', source: 'Leader:x', target: 'State:PRK', attributes: { type: 'LEADS' } },
    ],
  };
  test('neighbours rank by tie strength and show a capped number', () => {
    expect(rankNeighbours(hood, 'State:PRK')).toEqual(['State:CHN', 'Leader:kim-jong-un', 'Leader:x']);
    const t = truncateExpansion(hood, 'State:PRK', 2);
    expect(t.total).toBe(3);
    expect(t.graph.nodes.map((n) => n.key).sort()).toEqual(['Leader:kim-jong-un', 'State:CHN', 'State:PRK']);
  });
  test('merging keeps one summary per ordered pair whatever its key', () => {
    const merged = mergeGraphs([network, hood]);
    expect(merged.edges.filter((e) => e.attributes.type === 'DYAD' && e.source === 'State:CHN')).toHaveLength(1);
    expect(merged.nodes.find((n) => n.key === 'Leader:kim-jong-un')).toBeDefined();
  });
});
