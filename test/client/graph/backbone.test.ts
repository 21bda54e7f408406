import { describe, expect, test } from '@jest/globals';
import { selectDrawn } from '../../../client/src/graph/backbone.ts';
import type { GraphJson } from '../../../client/src/graph/types.ts';
import { dyadEdge } from '../../support/dyad-edge.ts';

const dyad = (a: string, b: string, count: number) => dyadEdge(`State:${a}`, `State:${b}`, count);
const graph: GraphJson = {
  attributes: {},
  nodes: ['USA', 'CHN', 'RUS', 'GBR', 'TUV', 'PRK', 'NRU']
    .map((c) => ({ key: `State:${c}`, attributes: {} }))
    .concat([{ key: 'Leader:kim', attributes: {} }]),
  edges: [
    dyad('USA', 'CHN', 900),
    dyad('USA', 'RUS', 800),
    dyad('CHN', 'RUS', 700),
    dyad('USA', 'GBR', 600),
    dyad('GBR', 'CHN', 500),
    dyad('TUV', 'USA', 1),
    { key: 'LEADS:1', source: 'Leader:kim', target: 'State:PRK', attributes: { type: 'LEADS' } },
  ],
};

describe('what is drawn of the filtered graph', () => {
  test('a small state keeps its strongest tie even when heavier ties would fill the cap', () => {
    const d = selectDrawn(graph, { cap: 4, keep: new Set(), dropUnconnected: true });
    expect(d.graph.edges.map((e) => e.key)).toContain('DYAD:TUV-USA');
    expect(d.graph.edges).toHaveLength(4);
    expect(d.droppedEdges).toBe(3);
  });
  test('the edges of kept nodes are drawn whatever the cap', () => {
    const d = selectDrawn(graph, { cap: 2, keep: new Set(['State:PRK']), dropUnconnected: true });
    expect(d.graph.edges.map((e) => e.key)).toContain('LEADS:1');
    expect(d.graph.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['State:PRK', 'Leader:kim']));
  });
  test('unconnected nodes are left out and counted in the network, kept in a Cypher result', () => {
    expect(selectDrawn(graph, { cap: 100, keep: new Set(), dropUnconnected: true }).unconnected).toBe(1);
    const all = selectDrawn(graph, { cap: 100, keep: new Set(), dropUnconnected: false });
    expect(all.graph.nodes).toHaveLength(graph.nodes.length);
  });
});
