import { describe, expect, test } from '@jest/globals';
import { rowBelow } from '../../../client/src/layout/row-below.ts';

describe('rowBelow', () => {
  test('lines nodes up under the others, inside their width', () => {
    const p = rowBelow(
      ['a', 'b', 'c'],
      [
        { x: 0, y: 0 },
        { x: 100, y: 50 },
      ],
    );
    for (const q of p.values()) {
      expect(q.y).toBeLessThan(0);
      expect(q.x).toBeGreaterThan(0);
      expect(q.x).toBeLessThan(100);
    }
    expect(new Set([...p.values()].map((q) => q.x)).size).toBe(3);
    expect(rowBelow([], []).size).toBe(0);
  });
});
