import { describe, expect, test } from '@jest/globals';
import { nearRadius, placeAround } from '../../../client/src/layout/place-around.ts';

describe('placing an expansion around its node', () => {
  test('new nodes sit on rings around the centre, the first twelve at the radius', () => {
    const keys = Array.from({ length: 15 }, (_, i) => `n${i}`);
    const placed = placeAround({ x: 10, y: 20 }, keys, 5);
    expect(placed.size).toBe(15);
    const d = (k: string) => Math.hypot(placed.get(k)!.x - 10, placed.get(k)!.y - 20);
    for (let i = 0; i < 12; i++) expect(d(`n${i}`)).toBeCloseTo(5);
    expect(d('n12')).toBeGreaterThan(5);
    expect(new Set([...placed.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(15);
  });
  test('"near" follows the scale of the drawing', () => {
    expect(
      nearRadius([
        { x: 0, y: 0 },
        { x: 200, y: 50 },
      ]),
    ).toBe(10);
  });
});
