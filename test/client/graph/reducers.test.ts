import { describe, expect, test } from '@jest/globals';
import { Graph } from '../../../client/src/graph/libraries.ts';
import { dimmedColour, highlightColour } from '../../../client/src/graph/palette.ts';
import { emphasisFor, noEmphasis, reduceEdge, reduceNode } from '../../../client/src/graph/reducers.ts';

const g = new Graph({ multi: true });
for (const k of ['A', 'B', 'C', 'D']) g.addNode(k);
g.addEdgeWithKey('ab', 'A', 'B');
g.addEdgeWithKey('bc', 'B', 'C');
g.addEdgeWithKey('cd', 'C', 'D');
const none = { hovered: null, selected: null, selectedEdges: [], selectedEnds: [], path: null };

describe('hover and path emphasis', () => {
  test('hovering a node singles out it and its neighbours, the rest is dimmed', () => {
    const e = emphasisFor(g, { ...none, hovered: 'B' });
    expect([...e.nodes!].sort()).toEqual(['A', 'B', 'C']);
    expect(reduceNode('D', { color: '#123', label: 'D' }, e)).toMatchObject({ color: dimmedColour, label: '' });
    expect(reduceNode('B', { color: '#123' }, e)).toMatchObject({ highlighted: true, color: '#123' });
    expect(reduceEdge('cd', { color: '#123' }, e)).toMatchObject({ hidden: true });
    expect(reduceEdge('ab', { color: '#123' }, e)).toEqual({ color: '#123' });
  });
  test('a found path is drawn in the highlight colour', () => {
    const e = emphasisFor(g, { ...none, path: { nodes: ['A', 'B', 'C'], edges: ['ab', 'bc'] } });
    expect(reduceEdge('ab', { size: 1, color: '#123' }, e)).toMatchObject({ color: highlightColour, size: 3 });
    expect([...e.strong]).toEqual(['A', 'C']);
  });
  test('hover wins over the path; nothing chosen draws everything as it is', () => {
    expect(emphasisFor(g, { ...none, hovered: 'D', path: { nodes: ['A', 'B'], edges: ['ab'] } }).strong.has('D')).toBe(
      true,
    );
    expect(emphasisFor(g, none)).toBe(noEmphasis);
  });
  test('a selected pair shows its two ends and the edges between them', () => {
    const e = emphasisFor(g, { ...none, selectedEdges: ['ab'], selectedEnds: ['A', 'B'] });
    expect(reduceNode('C', { color: '#123' }, e)).toMatchObject({ color: dimmedColour });
    expect(reduceEdge('bc', {}, e)).toMatchObject({ hidden: true });
  });
  test('reducers return new objects and leave the input alone', () => {
    const data = { color: '#123', label: 'D' };
    reduceNode('D', data, emphasisFor(g, { ...none, hovered: 'A' }));
    expect(data).toEqual({ color: '#123', label: 'D' });
  });
});
