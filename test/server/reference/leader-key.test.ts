import { describe, it, expect } from '@jest/globals';
import { leaderKey } from '../../../server/reference/leader-key.ts';
import { namesCompatible } from '../../../server/reference/name-match.ts';

describe('leaderKey', () => {
  it('gives every spelling of Kim Jong-un the same key', () => {
    for (const n of ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un', ' kim  jong un '])
      expect(leaderKey(n)).toBe('kim-jong-un');
  });
  it('folds diacritics to ASCII', () => {
    expect(leaderKey('Abdullah Gül')).toBe('abdullah-gul');
    expect(leaderKey('Oluṣẹgun Ọbasanjọ')).toBe('olusegun-obasanjo');
    expect(leaderKey('Knut Vollebæk')).toBe('knut-vollebaek');
    expect(leaderKey('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
  });
});

describe('namesCompatible', () => {
  it('matches a surname to the full name and initials to first names', () => {
    expect(namesCompatible('Clinton', 'Bill Clinton')).toBe(true);
    expect(namesCompatible('G.W. Bush', 'George W. Bush')).toBe(true);
  });
  it('keeps father and son, and similar Korean names, apart', () => {
    expect(namesCompatible('G.H.W. Bush', 'George W. Bush')).toBe(false);
    expect(namesCompatible('Kim Jong-il', 'Kim Yong-il')).toBe(false);
  });
});
