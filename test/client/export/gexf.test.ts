import { describe, expect, test } from '@jest/globals';
import graphology from 'graphology';
import { parse } from 'graphology-gexf';
import { rgb, safeTitle, writeGexf } from '../../../client/src/export/gexf.ts';
import type { GraphJson } from '../../../client/src/graph/types.ts';

const Graph = graphology as unknown as typeof import('graphology').default;
const graph: GraphJson = {
  attributes: {},
  nodes: [
    {
      key: 'State:PRK',
      attributes: {
        label: 'North Korea',
        kind: 'State',
        unMember: true,
        cow: 731,
        x: 1.5,
        y: -2,
        size: 9,
        color: '#3d6fb6',
      },
    },
    {
      key: 'Leader:kim-jong-un',
      attributes: {
        label: 'Kim Jong-un & co',
        kind: 'Leader',
        aliases: ['Kim', 'KJU'],
        x: 2,
        y: 3,
        size: 4,
        color: '#c2185b',
      },
    },
  ],
  edges: [
    {
      key: '5:1',
      source: 'Leader:kim-jong-un',
      target: 'State:PRK',
      attributes: {
        type: 'LEADS',
        relType: 'LEADS',
        key: 'head_of_state|2011',
        start: '2011-12-17',
        weight: 1,
        color: '#b8bec6',
        size: 0.8,
      },
    },
  ],
};

describe('GEXF export', () => {
  const xml = writeGexf(graph, { description: 'two nodes', date: new Date('2026-01-02T00:00:00Z') });

  test('declares GEXF 1.3 and gives colours as r, g and b channels', () => {
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('<viz:color r="61" g="111" b="182"/>');
    expect(xml).not.toMatch(/hex=/);
  });

  test('renames properties whose titles readers reserve, such as an edge property called key', () => {
    expect(safeTitle('key')).toBe('keyProperty');
    expect(xml).not.toMatch(/<attribute id="key"/);
    expect(xml).toContain('<attribute id="keyProperty" title="keyProperty" type="string"/>');
  });

  test('graphology-gexf reads back every node, edge and property by name, with positions and sizes', () => {
    const g = parse(Graph, xml);
    expect(g.order).toBe(2);
    expect(g.size).toBe(1);
    // colour comes back as viz channels (checked above); every other property as written
    const { color: _color, ...prk } = graph.nodes[0]!.attributes;
    expect(g.getNodeAttributes('State:PRK')).toMatchObject(prk);
    expect(g.getNodeAttribute('Leader:kim-jong-un', 'label')).toBe('Kim Jong-un & co');
    expect(g.getNodeAttribute('Leader:kim-jong-un', 'aliases')).toBe('Kim; KJU');
    const edge = g.edges('Leader:kim-jong-un', 'State:PRK')[0]!;
    expect(g.getEdgeAttributes(edge)).toMatchObject({
      label: 'LEADS',
      keyProperty: 'head_of_state|2011',
      startProperty: '2011-12-17',
    });
  });

  test('colours in other notations fall back to grey rather than an invalid channel', () => {
    expect(rgb('#abc')).toEqual({ r: 170, g: 187, b: 204 });
    expect(rgb('rgba(1,2,3,0.5)')).toEqual({ r: 153, g: 153, b: 153 });
  });
});
