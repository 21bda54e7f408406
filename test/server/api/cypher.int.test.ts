import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../../server/neo4j/database.ts';
import { counts, openTestDb } from '../../support/test-db.ts';
import { ensureReferenceWorld } from '../../support/world.ts';
import { explainQuery, runReadQuery } from '../../../server/repositories/cypher-repository.ts';
import { testApp, testConfig } from './api-test-app.ts';

let db: Database;
let app: Express;

const totals = async () =>
  (
    await db.read<{ n: number; r: number }>(
      'CALL { MATCH (n) RETURN count(n) AS n } CALL { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r',
    )
  )[0];

beforeAll(async () => {
  db = await openTestDb();
  await ensureReferenceWorld(db);
  app = testApp(db, { config: testConfig({ CYPHER_TIMEOUT_MS: '2000', CYPHER_ROW_CAP: '100' }) });
}, 180_000);
afterAll(() => db.close());

const cypher = (query: string, params?: Record<string, unknown>) =>
  request(app).post('/api/cypher').send({ query, params });

describe('POST /api/cypher runs read queries', () => {
  it('returns columns and rows, and a graph of the nodes and relationships in them', async () => {
    const res = await cypher(
      'MATCH (s:State {code: $code})-[b:BORDERS]-(n:State) RETURN s, b, n.name AS name ORDER BY name',
      { code: 'PRK' },
    ).expect(200);
    expect(res.body.columns).toEqual(['s', 'b', 'name']);
    expect(res.body.rows.map((r: unknown[]) => r[2])).toEqual(
      expect.arrayContaining(['China', 'South Korea', 'Russia']),
    );
    expect(res.body.capped).toBe(false);
    expect(res.body.graph.nodes.map((n: { key: string }) => n.key)).toContain('State:PRK');
    expect(res.body.graph.edges.every((e: { attributes: { type: string } }) => e.attributes.type === 'BORDERS')).toBe(
      true,
    );
    const state = res.body.rows[0][0];
    expect(state.properties).toMatchObject({ code: 'PRK', name: 'North Korea' });
    expect(state.properties).not.toHaveProperty('rowHash');
    expect(state.properties).not.toHaveProperty('searchText');
  });

  it('gives integers as numbers, temporal and spatial values as strings', async () => {
    const res = await cypher(
      "RETURN 42 AS i, date('2016-03-02') AS d, datetime('2016-03-02T10:00:00Z') AS t, duration('P1D') AS du, point({x: 1, y: 2}) AS p, $n AS n",
      { n: 7 },
    ).expect(200);
    const [i, d, t, du, p, n] = res.body.rows[0];
    expect([i, d, n]).toEqual([42, '2016-03-02', 7]);
    expect(du).toMatch(/^P1D/);
    expect(t).toMatch(/^2016-03-02T10:00/);
    expect(typeof p).toBe('string');
  });

  it('flags the row cap when reached', async () => {
    const res = await cypher('MATCH (s:State) RETURN s.code').expect(200);
    expect(res.body.rows).toHaveLength(100);
    expect(res.body).toMatchObject({ capped: true, rowCap: 100 });
  });

  it('allows the full-text procedure and schema introspection', async () => {
    const res = await cypher(
      "CALL db.index.fulltext.queryNodes('entity_names', 'dprk') YIELD node RETURN node.code AS code",
    ).expect(200);
    expect(res.body.rows.flat()).toContain('PRK');
    await cypher('CALL db.labels()').expect(200);
  });

  it('a syntax error is a 400 with Neo4j’s explanation', async () => {
    const res = await cypher('MATCH (n RETURN n').expect(400);
    expect(res.body.error.code).toBe('cypher_error');
  });
});

describe('POST /api/cypher refuses anything but reading, and nothing changes', () => {
  let before: Awaited<ReturnType<typeof counts>>;
  let beforeTotals: Awaited<ReturnType<typeof totals>>;
  beforeAll(async () => {
    before = await counts(db);
    beforeTotals = await totals();
  });

  it.each([
    ['CREATE (n:Intruder) RETURN n', /CREATE/],
    ["MERGE (s:State {code: 'ZZZ'}) RETURN s", /MERGE/],
    ["MATCH (s:State {code: 'PRK'}) DETACH DELETE s", /DETACH|DELETE/],
    ['MATCH (e:Event) WITH e LIMIT 1 DELETE e', /DELETE/],
    ["MATCH (s:State {code: 'PRK'}) SET s.name = 'X'", /SET/],
    ["MATCH (s:State {code: 'PRK'}) REMOVE s.name", /REMOVE/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
    ['USE system SHOW USERS', /USE/],
    ['SHOW USERS', /SHOW/],
    ["CREATE USER eve SET PASSWORD 'secret123'", /CREATE USER/],
    ['CREATE INDEX intruder FOR (n:State) ON (n.official)', /CREATE INDEX/],
    ['DROP INDEX event_date', /DROP/],
    ["CALL db.createLabel('X')", /db\.createLabel/],
    ["CALL dbms.killQueries(['query-1'])", /dbms\.killQueries/],
    ["CALL apoc.cypher.runWrite('CREATE (n)', {})", /apoc/],
    ['MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n', /several statements/],
    ['MATCH (s:State) CALL (s) { MERGE (x:Intruder) RETURN x } RETURN count(*)', /MERGE/],
  ])('%s', async (query, reason) => {
    const res = await cypher(query).expect(400);
    expect(res.body.error.code).toBe('query_refused');
    expect(res.body.error.message).toMatch(reason);
  });

  it('behind the text checks, EXPLAIN reports writes, and the read transaction refuses them', async () => {
    expect((await explainQuery(db, 'CREATE (n:Intruder)', {}, 2000)).queryType).toBe('w');
    expect((await explainQuery(db, 'MATCH (n:State) RETURN n', {}, 2000)).queryType).toBe('r');
    await expect(runReadQuery(db, 'CREATE (n:Intruder) RETURN n', {}, { timeoutMs: 2000, rowCap: 10 })).rejects.toThrow(
      /write|read/i,
    );
  });

  it('parameters are data: a Cypher payload in a parameter is only compared as text', async () => {
    const res = await cypher('MATCH (s:State) WHERE s.code = $code RETURN s.code', {
      code: "PRK' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
    }).expect(200);
    expect(res.body.rows).toEqual([]);
  });

  it('the graph counts are unchanged after all of the above', async () => {
    expect(await counts(db)).toEqual(before);
    expect(await totals()).toEqual(beforeTotals);
  });
});

describe('POST /api/cypher limits', () => {
  it('stops a runaway query at the timeout, and keeps serving', async () => {
    const started = Date.now();
    const res = await cypher('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*)').expect(504);
    expect(res.body.error.code).toBe('query_timeout');
    expect(Date.now() - started).toBeLessThan(15_000);
    await cypher('RETURN 1 AS one').expect(200);
    await request(app).get('/api/states/PRK').expect(200);
  }, 30_000);

  it('stops a cartesian product at the timeout', async () => {
    const res = await cypher(
      'MATCH (a:Event), (b:Event) WHERE a.goldstein + b.goldstein = 123.456 RETURN count(*)',
    ).expect(504);
    expect(res.body.error.code).toBe('query_timeout');
  }, 30_000);

  it('an oversized body is a 413 in JSON', async () => {
    const res = await cypher(`RETURN '${'x'.repeat(200_000)}' AS big`).expect(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('a body that is not JSON, or lacks the query, is a 400', async () => {
    await request(app).post('/api/cypher').set('content-type', 'application/json').send('{"query":').expect(400);
    const res = await request(app).post('/api/cypher').send({ params: {} }).expect(400);
    expect(res.body.error.message).toMatch(/body\.query/);
  });

  it('is rate limited', async () => {
    const limited = testApp(db, { rateLimits: { cypher: 2 } });
    await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(200);
    await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(200);
    const res = await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(429);
    expect(res.body.error.code).toBe('rate_limited');
  });
});
