import { describe, expect, it } from '@jest/globals';
import {
  listNamedQueries,
  namedQuery,
  NamedQueryError,
  parseNamedQuery,
  usedParams,
} from '../../../server/neo4j/named-queries.ts';

describe('named queries', () => {
  const names = listNamedQueries();

  it('there are queries to check', () => {
    expect(names.length).toBeGreaterThan(5);
  });

  it.each(names)('%s declares exactly the parameters it uses', (name) => {
    const q = namedQuery(name);
    expect([...q.params].sort()).toEqual(usedParams(q.text));
    expect(q.columns.length + (q.mode === 'write' ? 1 : 0)).toBeGreaterThan(0);
  });

  it('a $word inside a string literal is not a parameter', () => {
    expect(usedParams("RETURN '$notOne' AS a, $one AS b")).toEqual(['one']);
  });

  it('when a query lacks its mode, the error names the query', () => {
    expect(() => parseNamedQuery('x/find-y', '// params: -\n// columns: a\nRETURN 1 AS a')).toThrow(NamedQueryError);
    expect(() => parseNamedQuery('x/find-y', '// params: -\n// columns: a\nRETURN 1 AS a')).toThrow(/x\/find-y/);
  });

  it('an unknown name is an error that says what was asked', () => {
    expect(() => namedQuery('nope/find-nothing')).toThrow(/nope\/find-nothing/);
  });
});
