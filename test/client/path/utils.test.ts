import { describe, expect, test } from '@jest/globals';
import type { GraphJson } from '../../../client/src/graph/types.ts';
import type { PathAnswer } from '../../../client/src/path/types.ts';
import { foundPath, pathGraph, stepsOf } from '../../../client/src/path/utils.ts';

const dataset: GraphJson = {
  attributes: {},
  nodes: ['USA', 'PRK', 'TUV'].map((c) => ({ key: `State:${c}`, attributes: {} })),
  edges: [{ key: 'DYAD:PRK-USA', source: 'State:PRK', target: 'State:USA', attributes: { type: 'DYAD' } }],
};
const node = (key: string) => ({ key, attributes: { label: key } });
const graph: GraphJson = {
  attributes: {},
  nodes: [node('Leader:kim-jong-un'), node('State:PRK'), node('State:USA'), node('State:CHN')],
  edges: [
    { key: '5:1', source: 'Leader:kim-jong-un', target: 'State:PRK', attributes: { type: 'LEADS' } },
    { key: '5:2', source: 'State:PRK', target: 'State:USA', attributes: { type: 'DYAD' } },
    { key: '5:3', source: 'State:CHN', target: 'State:PRK', attributes: { type: 'DYAD' } },
  ],
};
const older: PathAnswer = {
  from: 'Leader:kim-jong-un',
  to: 'State:USA',
  length: 2,
  graph,
  paths: [
    {
      length: 2,
      nodes: ['Leader:kim-jong-un', 'State:PRK', 'State:USA'],
      edges: ['5:1', '5:2'],
      types: ['LEADS', 'DYAD'],
    },
  ],
};
const newer: PathAnswer = {
  ...older,
  paths: [
    {
      length: 2,
      nodes: older.paths[0]!.nodes,
      steps: [
        { from: 'Leader:kim-jong-un', to: 'State:PRK', kind: 'LEADS', edge: '5:1' },
        { from: 'State:PRK', to: 'State:USA', kind: 'DYAD', edge: 'DYAD:PRK-USA' },
      ],
    },
  ],
};

describe('paths from the API', () => {
  test('an older answer without steps gives the same steps from its nodes, types and edges', () => {
    expect(stepsOf(older)).toEqual([
      { from: 'Leader:kim-jong-un', to: 'State:PRK', kind: 'LEADS', edge: '5:1' },
      { from: 'State:PRK', to: 'State:USA', kind: 'DYAD', edge: '5:2' },
    ]);
  });
  test('each step lands on a dataset edge: by key, else by its two ends and kind', () => {
    const withPath: GraphJson = {
      ...dataset,
      nodes: [...dataset.nodes, node('Leader:kim-jong-un')],
      edges: [...dataset.edges, graph.edges[0]!],
    };
    expect(foundPath(newer, withPath)!.edges).toEqual(['5:1', 'DYAD:PRK-USA']);
    expect(foundPath(older, withPath)!.edges).toEqual(['5:1', 'DYAD:PRK-USA']);
    expect(foundPath(older, withPath)!.nodes).toEqual(['Leader:kim-jong-un', 'State:PRK', 'State:USA']);
  });
  test('the graph added to the dataset holds the path and nothing beside it', () => {
    const g = pathGraph(older)!;
    expect(g.nodes.map((n) => n.key).sort()).toEqual(['Leader:kim-jong-un', 'State:PRK', 'State:USA']);
    expect(g.edges.map((e) => e.key)).toEqual(['5:1', '5:2']);
  });
  test('no path gives null', () => {
    expect(foundPath({ ...older, paths: [] }, dataset)).toBeNull();
  });
});
