import { describe, expect, test } from '@jest/globals';
import type { GraphJson, JsonEdge } from '../../../client/src/graph/types.ts';
import {
  capEdges,
  capNodes,
  degrees,
  dominantQuad,
  dyadCodes,
  edgeCapForZoom,
  edgeThickness,
  hashUnit,
  nodeSize,
  parallelCurvatures,
} from '../../../client/src/graph/utils.ts';

const edge = (key: string, source: string, target: string, attributes: Record<string, unknown> = {}): JsonEdge => ({
  key,
  source,
  target,
  attributes,
});

describe('dominantQuad', () => {
  test('picks the class with most events, ties to the more conflictual one', () => {
    expect(dominantQuad({ quad1: 10, quad2: 2, quad3: 1, quad4: 0 })).toBe(1);
    expect(dominantQuad({ quad1: 3, quad2: 0, quad3: 0, quad4: 3 })).toBe(4);
    expect(dominantQuad({})).toBeNull();
  });
});

describe('sizes', () => {
  test('node size grows with degree and stays clickable', () => {
    expect(nodeSize(0, 10)).toBe(3);
    expect(nodeSize(10, 10)).toBe(17);
    expect(nodeSize(5, 0)).toBe(4);
  });
  test('edge thickness grows with the log of the count', () => {
    expect(edgeThickness(1, 1)).toBe(1);
    expect(edgeThickness(1000, 1000)).toBeCloseTo(6);
    expect(edgeThickness(10, 1000)).toBeLessThan(edgeThickness(100, 1000));
  });
});

describe('capEdges', () => {
  const g: GraphJson = {
    attributes: {},
    nodes: [],
    edges: [
      edge('a', 'x', 'y', { type: 'DYAD', count: 5 }),
      edge('b', 'x', 'z', { type: 'DYAD', count: 50 }),
      edge('m', 'y', 'z', { type: 'MESSAGE' }),
      edge('c', 'y', 'x', { type: 'DYAD', count: 7 }),
    ],
  };
  test('keeps the heaviest summaries and always the messages', () => {
    const { graph, dropped } = capEdges(g, 2);
    expect(graph.edges.map((e) => e.key)).toEqual(['b', 'm']);
    expect(dropped).toBe(2);
  });
  test('leaves a small graph alone', () => expect(capEdges(g, 10).graph).toBe(g));
  test('zooming in raises the cap in steps, up to the total', () => {
    expect(edgeCapForZoom(1000, 1, 5000)).toBe(1000);
    expect(edgeCapForZoom(1000, 0.4, 5000)).toBe(2000);
    expect(edgeCapForZoom(1000, 0.01, 5000)).toBe(5000);
  });
});

describe('degrees and parallel edges', () => {
  const edges = [edge('1', 'A', 'B'), edge('2', 'B', 'A'), edge('3', 'A', 'B'), edge('4', 'A', 'C')];
  test('degree counts distinct neighbours', () => {
    const d = degrees({ attributes: {}, nodes: ['A', 'B', 'C', 'D'].map((key) => ({ key, attributes: {} })), edges });
    expect(Object.fromEntries(d)).toEqual({ A: 2, B: 1, C: 1, D: 0 });
  });
  test('a lone edge is straight, parallel ones fan out with distinct curvatures per direction', () => {
    const c = parallelCurvatures(edges, 0.1);
    expect(c.get('4')).toBe(0);
    expect(c.get('1')).toBeCloseTo(0.1);
    expect(c.get('3')).toBeCloseTo(0.2);
    expect(c.get('2')).toBeCloseTo(0.1);
  });
});

describe('helpers', () => {
  test('hashUnit is stable and in [0, 1)', () => {
    expect(hashUnit('State:PRK')).toBe(hashUnit('State:PRK'));
    expect(hashUnit('x')).toBeGreaterThanOrEqual(0);
    expect(hashUnit('x')).toBeLessThan(1);
  });
  test('dyadCodes reads two different states', () => {
    expect(dyadCodes('State:CHN', 'State:PRK')).toEqual(['CHN', 'PRK']);
    expect(dyadCodes('State:CHN', 'Organization:UN')).toBeNull();
    expect(dyadCodes('State:CHN', 'State:CHN')).toBeNull();
  });
});

describe('capNodes', () => {
  const g: GraphJson = {
    attributes: {},
    nodes: ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, attributes: {} })),
    edges: [edge('1', 'a', 'b'), edge('2', 'c', 'd'), edge('3', 'c', 'e')],
  };
  test('keeps the ends of drawn edges and the nodes asked for, then the best connected', () => {
    const { graph, dropped } = capNodes({ ...g, edges: [g.edges[0]!] }, 3, new Set(['e']));
    expect(graph.nodes.map((n) => n.key)).toEqual(['a', 'b', 'e']);
    expect(dropped).toBe(2);
    expect(capNodes(g, 10, new Set()).graph).toBe(g);
  });
});
