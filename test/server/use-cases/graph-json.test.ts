import { describe, expect, it } from '@jest/globals';
import graphology from 'graphology';
import { graphBuilder } from '../../../server/use-cases/graph-json.ts';
// graphology is CommonJS: its default import is the Graph class itself at run time.
const Graph = graphology as unknown as typeof import('graphology').default;
import { nodeKey } from '../../../server/use-cases/graph-keys.ts';

describe('graph JSON', () => {
  it("is graphology's serialized form and loads with Graph.from", () => {
    const g = graphBuilder();
    g.addNode('State:CHN', { label: 'China' });
    g.addNode('State:PRK', { label: 'North Korea' });
    g.addEdge('e1', 'State:CHN', 'State:PRK', { type: 'DYAD', count: 3 });
    g.addEdge('e2', 'State:CHN', 'State:PRK', { type: 'BORDERS' });
    const json = g.toJSON({ name: 'test' });
    expect(json.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
    const graph = Graph.from(json);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute('State:PRK', 'label')).toBe('North Korea');
    expect(graph.getEdgeAttribute('e1', 'count')).toBe(3);
    expect(graph.getAttribute('name')).toBe('test');
  });

  it('a node added twice is one node with both sets of attributes', () => {
    const g = graphBuilder();
    g.addNode('a', { label: 'A' });
    g.addNode('a', { degree: 2 });
    expect(g.toJSON().nodes).toEqual([{ key: 'a', attributes: { label: 'A', degree: 2 } }]);
  });

  it('an edge whose end is missing is left out, so the graph always loads', () => {
    const g = graphBuilder();
    g.addNode('a', {});
    g.addEdge('e', 'a', 'b', {});
    expect(g.toJSON().edges).toEqual([]);
  });

  it('node keys are uids for actors and "<Label>:<id>" for other nodes', () => {
    expect(
      nodeKey({ elementId: '4:x:1', labels: ['State', 'Entity'], properties: { uid: 'State:CHN', code: 'CHN' } }),
    ).toBe('State:CHN');
    expect(nodeKey({ elementId: '4:x:2', labels: ['Message'], properties: { id: 'm1' } })).toBe('Message:m1');
    expect(nodeKey({ elementId: '4:x:3', labels: ['Thing'], properties: {} })).toBe('4:x:3');
  });
});
