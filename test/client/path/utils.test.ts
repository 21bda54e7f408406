import { describe, expect, test } from '@jest/globals';
import type { GraphJson } from '../../../client/src/graph/types.ts';
import { shortestPath } from '../../../client/src/path/utils.ts';

const g: GraphJson = {
  attributes: {},
  nodes: ['USA', 'KOR', 'PRK', 'FRA'].map((c) => ({ key: `State:${c}`, attributes: {} })),
  edges: [
    { key: 'a', source: 'State:USA', target: 'State:KOR', attributes: {} },
    { key: 'b', source: 'State:PRK', target: 'State:KOR', attributes: {} },
    { key: 'c', source: 'State:KOR', target: 'State:PRK', attributes: {} },
  ],
};

describe('shortestPath', () => {
  test('follows edges either way and returns every edge along it', () => {
    expect(shortestPath(g, 'State:USA', 'State:PRK')).toEqual({ nodes: ['State:USA', 'State:KOR', 'State:PRK'], edges: ['a', 'b', 'c'] });
  });
  test('null when unconnected or unknown', () => {
    expect(shortestPath(g, 'State:USA', 'State:FRA')).toBeNull();
    expect(shortestPath(g, 'State:USA', 'State:XXX')).toBeNull();
  });
});
