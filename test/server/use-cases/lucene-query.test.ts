import { describe, expect, it } from '@jest/globals';
import { escapeLucene, luceneQuery } from '../../../server/use-cases/lucene-query.ts';

describe('Lucene queries from user text', () => {
  it('every Lucene special character is escaped', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('a word matches whole (boosted) or as a prefix, for autocomplete', () => {
    expect(luceneQuery('DPRK')).toBe('(dprk^2 OR dprk*)');
  });

  it('all words are required', () => {
    expect(luceneQuery('kim jo')).toBe('(kim^2 OR kim*) AND (jo^2 OR jo*)');
  });

  it('operators typed by the user stay words', () => {
    expect(luceneQuery('korea OR NOT china')).toBe(
      '(korea^2 OR korea*) AND (or^2 OR or*) AND (not^2 OR not*) AND (china^2 OR china*)',
    );
  });

  it('query syntax is split away like the analyzer does, never passed through', () => {
    expect(luceneQuery('name:*) OR uid:[* TO *]')).toBe(
      '(name^2 OR name*) AND (or^2 OR or*) AND (uid^2 OR uid*) AND (to^2 OR to*)',
    );
    expect(luceneQuery('Kim Jong-un')).toBe('(kim^2 OR kim*) AND (jong^2 OR jong*) AND (un^2 OR un*)');
  });

  it('letters beyond ASCII are kept', () => {
    expect(luceneQuery('Côte d’Ivoire')).toBe('(côte^2 OR côte*) AND (d^2 OR d*) AND (ivoire^2 OR ivoire*)');
  });

  it('text with nothing searchable gives no query', () => {
    expect(luceneQuery('  *?! ')).toBeNull();
  });
});
