import { beforeAll, describe, expect, test } from '@jest/globals';
import { nodeImportance } from '../../../client/src/graph/metrics.ts';
import { loadAnalysis } from '../../../client/src/graph/load-analysis.ts';
import { statusText } from '../../../client/src/app/status-line.ts';
import type { GraphJson } from '../../../client/src/graph/types.ts';
import { dyadEdge as e } from '../../support/dyad-edge.ts';

// Louvain, PageRank and betweenness are the page's lazily loaded chunk.
beforeAll(() => loadAnalysis());

// A star around hub, plus a bridge to a pair with many events between them.
const g: GraphJson = {
  attributes: {},
  nodes: ['hub', 'a', 'b', 'c', 'bridge', 'x', 'y'].map((key) => ({ key, attributes: {} })),
  edges: [...['a', 'b', 'c', 'bridge'].map((n) => e('hub', n, 1)), e('bridge', 'x', 1), e('x', 'y', 500)],
};

describe('node importance on the whole filtered graph', () => {
  test('degree, events, PageRank and betweenness each rank the nodes their own way', () => {
    const top = (m: Map<string, number>) => [...m].sort((p, q) => q[1] - p[1])[0]![0];
    expect(top(nodeImportance(g, 'degree'))).toBe('hub');
    expect(top(nodeImportance(g, 'weighted'))).toMatch(/^[xy]$/);
    expect(top(nodeImportance(g, 'betweenness'))).toBe('hub');
    const pr = nodeImportance(g, 'pagerank');
    expect(pr.get('hub')!).toBeGreaterThan(pr.get('a')!);
    expect(nodeImportance(g, 'betweenness').get('bridge')!).toBeGreaterThan(nodeImportance(g, 'betweenness').get('a')!);
  });
  test('the status line says what is drawn of how much', () => {
    const text = statusText(
      {
        visual: { attributes: {}, nodes: new Array(3), edges: new Array(2) },
        filtered: { attributes: {}, nodes: new Array(5), edges: new Array(1500) },
        unconnected: 1,
        droppedEdges: 1498,
        droppedNodes: 1,
      },
      { since: '2008-01-01', until: null },
    );
    expect(text).toBe(
      '3 of 5 nodes · 2 of 1,500 relations drawn · 1 unconnected node left out · zoom in for more · 2008-01-01 to …',
    );
  });
  test('the status line names the corroboration threshold when one is set', () => {
    const drawn = { attributes: {}, nodes: new Array(2), edges: new Array(1) };
    const o = { visual: drawn, filtered: drawn, unconnected: 0, droppedEdges: 0, droppedNodes: 0 };
    expect(statusText(o, { since: null, until: null, minOutlets: 2 })).toBe(
      '2 nodes · 1 of 1 relation drawn · corroborated by 2 independent outlets or more',
    );
    expect(statusText(o, { since: null, until: null, minOutlets: 0 })).toBe('2 nodes · 1 of 1 relation drawn');
  });
});
