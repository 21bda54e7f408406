import { describe, expect, test } from '@jest/globals';
import type { GraphJson } from '../../../client/src/graph/types.ts';
import { geoPositions, seedPositions } from '../../../client/src/layout/geo.ts';

const g: GraphJson = {
  attributes: {},
  nodes: [
    { key: 'State:PRK', attributes: { lon: 127, lat: 40 } },
    { key: 'State:CHN', attributes: { lon: 105, lat: 35 } },
    { key: 'Leader:kim', attributes: {} },
    { key: 'Organization:X', attributes: {} },
  ],
  edges: [{ key: 'l', source: 'Leader:kim', target: 'State:PRK', attributes: {} }],
};

describe('geographic positions', () => {
  test('states at their coordinates, others near their neighbours or on a ring', () => {
    const p = geoPositions(g);
    expect(p.get('State:PRK')).toEqual({ x: 127, y: 40 });
    const kim = p.get('Leader:kim')!;
    expect(Math.hypot(kim.x - 127, kim.y - 40)).toBeCloseTo(6);
    const x = p.get('Organization:X')!;
    expect(Math.abs(x.x) > 100 || Math.abs(x.y) > 50).toBe(true);
  });
  test('known positions win when seeding the force layout', () => {
    expect(seedPositions(g, new Map([['State:PRK', { x: 0, y: 0 }]])).get('State:PRK')).toEqual({ x: 0, y: 0 });
  });
});
