import { describe, expect, it } from '@jest/globals';
import { guardCypher } from '../../../server/use-cases/cypher-guard.ts';
import { paramsProblem, shapeProblem } from '../../../server/use-cases/cypher-shape-limits.ts';
import { decodeUnicodeEscapes, normaliseCypherText } from '../../../server/use-cases/cypher-text.ts';

describe('the text the guard checks is the text Neo4j reads', () => {
  it('decodes \\u escapes as Java does: an escaped backslash starts none, several u are one escape', () => {
    expect(decodeUnicodeEscapes('a\\u000ab')).toBe('a\nb');
    expect(decodeUnicodeEscapes('\\uuu004cOAD')).toBe('LOAD');
    expect(decodeUnicodeEscapes('\\\\u004c')).toBe('\\\\u004c');
    expect(decodeUnicodeEscapes('\\\\\\u004c')).toBe('\\\\L');
    expect(decodeUnicodeEscapes('\\u12')).toBe('\\u12');
  });

  it('makes every line terminator a line feed', () => {
    expect(normaliseCypherText('a\r\nb\rc\u2028d\u2029e\u0085f')).toBe('a\nb\nc\nd\ne\nf');
  });

  it('so a // comment ends where Neo4j ends it, and the clause behind it is seen', () => {
    for (const end of ['\r', '\u2028', '\\u000a', '\\u000D']) {
      expect(guardCypher(`WITH 1 AS a //x${end}LOAD CSV FROM 'http://127.0.0.1/' AS r RETURN r`)).toEqual({
        ok: false,
        reason: 'LOAD CSV is not allowed',
      });
    }
    expect(guardCypher('RETURN 1 AS one //x\\u000aCREATE (n) RETURN n')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/CREATE/),
    });
  });

  it('a semicolon written as an escape is a second statement', () => {
    expect(guardCypher('MATCH (n) RETURN n\\u003b')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/several statements/),
    });
  });
});

describe('shape limits keep queries that stall the parser away from Neo4j', () => {
  it('refuses deep nesting of parentheses, lists, maps and NOT', () => {
    expect(shapeProblem(`RETURN ${'('.repeat(600)}1${')'.repeat(600)}`)).toMatch(/nests 600 levels/);
    expect(shapeProblem(`RETURN ${'['.repeat(40)}1${']'.repeat(40)}`)).toMatch(/nests 40 levels/);
    expect(shapeProblem(`RETURN ${'NOT '.repeat(40)}true`)).toMatch(/nests 40 levels/);
    expect(shapeProblem(`RETURN ${'('.repeat(10)}1${')'.repeat(10)}`)).toBeNull();
  });

  it('refuses long operator chains and overlong text', () => {
    expect(shapeProblem(`RETURN ${Array(2000).fill('1').join('+')}`)).toMatch(/1999 operators/);
    expect(shapeProblem(`RETURN 1 ${' '.repeat(10_001)}`)).toMatch(/characters long/);
    expect(
      shapeProblem("MATCH (a:State)-[:BORDERS]-(b) WHERE a.code = 'PRK' AND NOT b.code IN ['CHN'] RETURN b"),
    ).toBeNull();
  });

  it('the guard refuses a nested-expression flood query before Neo4j sees it', () => {
    expect(guardCypher(`RETURN ${'('.repeat(3000)}1${')'.repeat(3000)}`)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/nests/),
    });
  });

  it('caps parameters by size and depth', () => {
    expect(paramsProblem({ p: 'x'.repeat(17_000) })).toMatch(/bytes/);
    expect(paramsProblem({ p: [[[[[[[[[[1]]]]]]]]]] })).toMatch(/nest 10 levels/);
    expect(paramsProblem({ code: 'PRK', n: 3, list: [1, 2] })).toBeNull();
  });
});
