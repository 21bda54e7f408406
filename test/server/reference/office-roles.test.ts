import { describe, expect, it } from '@jest/globals';
import { loadOfficeLexicon } from '../../../server/reference/office-lexicon.ts';
import { enwikiName } from '../../../server/reference/parse-peppercat-offices.ts';
import { dataDir } from '../../../server/config/paths.ts';

describe('office roles of the shipped lexicon', () => {
  const lex = loadOfficeLexicon(dataDir);
  it('makes a president of a chamber or a court no head of state, and leaves regional councils out', () => {
    expect(lex.classify('President of the National Assembly')?.role).toBe('legislator');
    expect(lex.classify('President of the Senate')?.role).toBe('legislator');
    expect(lex.classify('President of the Supreme Court')?.role).toBe('judge');
    expect(lex.classify('President of the Regional Council')).toBeNull();
    expect(lex.classify('President of the Republic')?.role).toBe('head_of_state');
    expect(lex.classify('President of the United Nations General Assembly')).not.toBeNull();
  });
});

describe('the English Wikipedia name of a Peppercat row', () => {
  it('is the article title without its disambiguation, from a title or a URL', () => {
    expect(enwikiName('Robert Macaire (diplomat)')).toBe('Robert Macaire');
    expect(enwikiName('https://en.wikipedia.org/wiki/Des_Browne')).toBe('Des Browne');
    expect(enwikiName('https://en.wikipedia.org/wiki/Mevl%C3%BCt_%C3%87avu%C5%9Fo%C4%9Flu')).toBe('Mevlüt Çavuşoğlu');
    expect(enwikiName('')).toBe('');
  });
});
