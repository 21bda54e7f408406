import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { useApiOnWorld } from './api-test-app.ts';

// What schemathesis found: requests the OpenAPI document allowed but the server refused (cursors, lists of names,
// days). Each case is asked of the server and checked against the document's own pattern, so neither can drift.

const { app } = useApiOnWorld({ seed: true });

interface Param {
  name: string;
  in: string;
  schema: { pattern?: string };
}

async function documentedPattern(path: string, name: string): Promise<RegExp> {
  const doc = (await request(app()).get('/api/openapi.json').expect(200)).body;
  const p = (doc.paths[path].get.parameters as Param[]).find((q) => q.name === name);
  if (!p?.schema.pattern) throw new Error(`${path} ${name}: no pattern in the document`);
  return new RegExp(p.schema.pattern);
}

describe('a cursor', () => {
  // Texts of each cursor's alphabet that no page ever issued: the document allows them, so the server serves them.
  const lists = [
    { path: '/api/states', doc: '/api/states', allowed: ['AAAA', 'UFJL', '0'], refused: ['eyJrIjoxfQ==', 'a.b'] },
    { path: '/api/sanctions', doc: '/api/sanctions', allowed: ['VU4tU0MxNzE4', '-_'], refused: ['a b', 'x+y'] },
    { path: '/api/events', doc: '/api/events', allowed: ['MjAxNQ.YWJj', '.', '000.000'], refused: ['000', 'a.b.c'] },
    {
      path: '/api/states/PRK/relations',
      doc: '/api/states/{code}/relations',
      allowed: ['MjAxNQ.YWJj'],
      refused: ['MjAxNQ'],
    },
    { path: '/api/messages', doc: '/api/messages', allowed: ['.', 'AA.AA'], refused: ['AA.AA.AA'] },
    { path: '/api/dyads/CHN/PRK', doc: '/api/dyads/{a}/{b}', allowed: ['MjAxNQ.YWJj'], refused: ['{"d":1}'] },
  ];

  it.each(lists)(
    'of $path is served whenever the document allows it, and refused naming the field when not',
    async (l) => {
      const pattern = await documentedPattern(l.doc, 'cursor');
      for (const cursor of l.allowed) {
        expect({ cursor, documented: pattern.test(cursor) }).toEqual({ cursor, documented: true });
        const res = await request(app()).get(l.path).query({ cursor });
        expect({ cursor, status: res.status }).toEqual({ cursor, status: 200 });
      }
      for (const cursor of l.refused) {
        expect({ cursor, documented: pattern.test(cursor) }).toEqual({ cursor, documented: false });
        const res = await request(app()).get(l.path).query({ cursor });
        expect({ cursor, status: res.status }).toEqual({ cursor, status: 400 });
        expect(res.body.error.message).toMatch(/query\.cursor: not a cursor this API issued/);
      }
    },
  );

  it("of a source's facts is the offset in digits: the next page starts where the cursor says", async () => {
    const path = `/api/sources/${encodeURIComponent('icews:icews_2005-2015_test.txt')}`;
    const pattern = await documentedPattern('/api/sources/{id}', 'cursor');
    const first = await request(app()).get(path).query({ limit: 3 }).expect(200);
    const cursor = first.body.facts.nextCursor as string;
    expect({ cursor, documented: pattern.test(cursor) }).toEqual({ cursor: '3', documented: true });
    const next = await request(app()).get(path).query({ limit: 3, cursor }).expect(200);
    expect(next.body.facts.items.map((f: { line: number }) => f.line)).toEqual([4, 5, 6]);
    expect(pattern.test('1e3')).toBe(false);
    const res = await request(app()).get(path).query({ cursor: '1e3' }).expect(400);
    expect(res.body.error.message).toMatch(/query\.cursor/);
  });
});

describe('a comma-separated list of names', () => {
  it('of graph types is served as the document states it: known names, upper case, no spaces or empty items', async () => {
    const pattern = await documentedPattern('/api/graph', 'types');
    for (const types of ['DYAD', 'BORDERS,LEADS', 'DYAD,MESSAGE,SANCTION,BORDERS']) {
      expect(pattern.test(types)).toBe(true);
      await request(app()).get('/api/graph').query({ focus: 'PRK', types }).expect(200);
    }
    for (const types of ['dyad', 'DYAD, LEADS', 'DYAD,', '0000', 'DYAD,DROP_ALL']) {
      expect({ types, documented: pattern.test(types) }).toEqual({ types, documented: false });
      const res = await request(app()).get('/api/graph').query({ focus: 'PRK', types });
      expect({ types, status: res.status }).toEqual({ types, status: 400 });
      expect(res.body.error.message).toMatch(/query\.types: unknown type .*; known: DYAD/);
    }
  });

  it('of search kinds names the unknown kind and the known ones', async () => {
    const pattern = await documentedPattern('/api/search', 'types');
    expect(pattern.test('State,Leader')).toBe(true);
    await request(app()).get('/api/search').query({ q: 'korea', types: 'State,Leader' }).expect(200);
    const res = await request(app()).get('/api/search').query({ q: 'korea', types: 'State,Planet' }).expect(400);
    expect(pattern.test('State,Planet')).toBe(false);
    expect(res.body.error.message).toBe(
      'query.types: unknown kind "Planet"; known: State, Leader, Organization, Sanction',
    );
  });
});

describe('a day', () => {
  it.each([
    ['2016-02-29', 200],
    ['2000-02-29', 200],
    ['1900-02-29', 400],
    ['2015-02-29', 400],
    ['2015-04-31', 400],
    ['2015-12-31', 200],
    ['٢٠١٥', 400],
  ])('%s is served only if it is in the calendar, as the document says (%i)', async (since, status) => {
    const pattern = await documentedPattern('/api/events', 'since');
    expect(pattern.test(since)).toBe(status === 200);
    await request(app()).get('/api/events').query({ since, limit: 1 }).expect(status);
  });
});

describe('a whole number', () => {
  it.each([
    ['/api/events', 'minSources'],
    ['/api/ingest/jobs', 'limit'],
  ])('%s %s takes decimal digits only, like every other number', async (path, name) => {
    for (const value of ['1e1', '0x10', ' 7', '2.0']) {
      const res = await request(app())
        .get(path)
        .query({ [name]: value });
      expect({ value, status: res.status }).toEqual({ value, status: 400 });
      expect(res.body.error.message).toMatch(new RegExp(`query\\.${name}`));
    }
    await request(app())
      .get(path)
      .query({ [name]: '2' })
      .expect(200);
  });
});

describe('a length', () => {
  it('counts characters as the document does, by code point: 200 emoji are a q of 200 characters', async () => {
    await request(app())
      .get('/api/search')
      .query({ q: '🇰'.repeat(200) })
      .expect(200);
    const res = await request(app())
      .get('/api/search')
      .query({ q: '🇰'.repeat(201) })
      .expect(400);
    expect(res.body.error.message).toBe('query.q: expected 1 to 200 characters');
  });

  it('of the longest Cypher query allowed fits the body limit even in \\u escapes; a longer body is a 413', async () => {
    const longest = `RETURN 1 //${'😀'.repeat(10_000 - 11)}`;
    const escaped = JSON.stringify({ query: longest }).replace(/[\u{10000}-\u{10FFFF}]/gu, (c) =>
      [...c.split('')].map((u) => `\\u${u.charCodeAt(0).toString(16)}`).join(''),
    );
    expect(escaped.length).toBeGreaterThan(110_000);
    const res = await request(app()).post('/api/cypher').set('Content-Type', 'application/json').send(escaped);
    expect({ status: res.status, rows: res.body.rows }).toEqual({ status: 200, rows: [[1]] });
    const longer = JSON.stringify({ query: `RETURN 1 //${'x'.repeat(10_000)}`, pad: 'x'.repeat(200_000) });
    await request(app()).post('/api/cypher').set('Content-Type', 'application/json').send(longer).expect(413);
  });
});
