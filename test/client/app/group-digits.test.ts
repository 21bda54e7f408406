import { describe, expect, test } from '@jest/globals';
import { groupDigits } from '../../../client/src/app/group-digits.ts';

describe('groupDigits', () => {
  test('writes integers as en-US does, with a comma every three digits', () => {
    for (const n of [0, 7, 42, 999, 1000, 12_345, 100_000, 1_234_567, 10_000_000, -1_500, -12])
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });

  test('drops a fraction rather than grouping it', () => {
    expect(groupDigits(1234.9)).toBe('1,234');
  });
});
