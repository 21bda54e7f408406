import { describe, expect, it } from '@jest/globals';
import { splitSentences } from '../../../server/extract/split-sentences.ts';

describe('splitSentences', () => {
  it('keeps offsets such that text.slice(start, end) is the sentence', () => {
    const text = 'Mr. Kim met U.S. officials. "We agree," he said.\nNew line here! Last one';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'Mr. Kim met U.S. officials.',
      '"We agree," he said.',
      'New line here!',
      'Last one',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('cuts runaway sentences so later steps stay bounded', () => {
    const s = splitSentences('word '.repeat(5000));
    expect(Math.max(...s.map((x) => x.text.length))).toBeLessThanOrEqual(2000);
  });
});
