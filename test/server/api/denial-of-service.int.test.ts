import { describe, expect, it } from '@jest/globals';
import type { Express } from 'express';
import request from 'supertest';
import { graphCounts } from '../../support/graph-counts.ts';
import { testApp, testConfig, useApiOnWorld } from './api-test-app.ts';

const { db, app } = useApiOnWorld();

/** The fixed routes a user of the page needs; each must answer 200. */
const fixedRoutes = ['/api/states/PRK', '/api/states/PRK/relations?limit=20', '/api/search?q=korea', '/readyz'];

async function timeFixedRoutes(a: Express): Promise<number[]> {
  return Promise.all(
    fixedRoutes.map(async (path) => {
      const t = performance.now();
      const res = await request(a).get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      return performance.now() - t;
    }),
  );
}

/** The slowest of the fixed routes, measured a few times before any load: their usual time on this machine now. */
async function usualTime(a: Express): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(Math.max(...(await timeFixedRoutes(a))));
  return Math.max(...runs);
}

/** Keeps calling the fixed routes while `load` runs, and returns the slowest answer seen. */
async function slowestDuring(a: Express, load: Promise<unknown>): Promise<number> {
  let done = false;
  void load.finally(() => (done = true));
  let slowest = 0;
  let rounds = 0;
  while (!done || rounds === 0) {
    slowest = Math.max(slowest, ...(await timeFixedRoutes(a)));
    rounds++;
  }
  return slowest;
}

describe('a flood of user queries cannot take the fixed routes down', () => {
  it('a nested-expression flood is refused before Neo4j sees it, and the fixed routes answer 200 in their usual time', async () => {
    const before = await graphCounts(db());
    const usual = await usualTime(app());
    const shapes = [
      (d: number) => `RETURN ${'('.repeat(d)}1${')'.repeat(d)}`,
      (d: number) => `RETURN ${'['.repeat(d)}1${']'.repeat(d)}`,
      (d: number) => `RETURN ${'NOT '.repeat(d)}true`,
      (d: number) => `RETURN ${Array(d).fill('1').join('+')}`,
    ];
    const flood = Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        request(app())
          .post('/api/cypher')
          .send({ query: shapes[i % shapes.length]!(500 + ((i * 97) % 4000)) }),
      ),
    );
    const slowest = await slowestDuring(app(), flood);
    const answers = await flood;
    // Refused by the shape limits, or (past 10,000 characters) by the body schema: either way Neo4j never sees them.
    for (const r of answers) expect(`${r.status} ${r.body.error?.code}`).toMatch(/^400 (query_refused|invalid_input)$/);
    // Generous, as the machine is shared: what matters is that they are not held up behind the flood.
    expect(slowest).toBeLessThan(usual * 4 + 1000);
    expect(await graphCounts(db())).toEqual(before);
  }, 120_000);

  it('slow user queries fill only their own small pool: the excess is a 503 database_busy with Retry-After, never a 500', async () => {
    const small = testApp(db(), {
      config: testConfig({ CYPHER_TIMEOUT_MS: '1500', CYPHER_POOL_SIZE: '2', CYPHER_POOL_WAIT_MS: '200' }),
    });
    const usual = await usualTime(small);
    const slow = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
    const flood = Promise.all(
      Array.from({ length: 8 }, () => request(small).post('/api/cypher').send({ query: slow })),
    );
    const slowest = await slowestDuring(small, flood);
    const answers = await flood;
    const statuses = answers.map((r) => r.status);
    expect(statuses.every((s) => s === 503 || s === 504)).toBe(true);
    const busy = answers.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const r of busy) {
      expect(r.body.error.code).toBe('database_busy');
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    }
    for (const r of answers.filter((x) => x.status === 504)) expect(r.body.error.code).toBe('query_timeout');
    expect(slowest).toBeLessThan(usual * 4 + 1000);
    // The deadline gave the connections back: the pool serves the next query.
    const next = await request(small).post('/api/cypher').send({ query: 'RETURN 1 AS one' });
    expect(next.status).toBe(200);
    // And Neo4j is no longer running the stopped queries.
    await new Promise((r) => setTimeout(r, 1500));
    const running = await db().read<{ n: number }>(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 1000000000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
    );
    expect(running[0]?.n).toBe(0);
  }, 120_000);

  it('a fixed-route query past its client-side deadline is stopped and its connection given back; a caller left waiting is told busy', async () => {
    const limited = db().limited({ readDeadlineMs: 600, writeDeadlineMs: 600, poolSize: 1, poolWaitMs: 200 });
    const t = performance.now();
    const slow = limited.read('UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n');
    // While the one connection is taken, the next caller waits 200 ms and is told the database is busy.
    await new Promise((r) => setTimeout(r, 100));
    await expect(limited.read('RETURN 1 AS one')).rejects.toMatchObject({ name: 'DatabaseBusyError' });
    await expect(slow).rejects.toMatchObject({ name: 'QueryDeadlineError' });
    expect(performance.now() - t).toBeLessThan(2000);
    // One connection in the pool: it came back, or this would wait and fail as busy.
    await new Promise((r) => setTimeout(r, 300));
    expect(await limited.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  }, 30_000);
});

describe('memory: a greedy query fails itself, not the database', () => {
  it('the memory-exhausting pair ends with a clear 4xx, and the next request is served', async () => {
    // A timeout long enough that memory, not time, is what stops them (near the limit the JVM collects garbage hard).
    const patient = testApp(db(), { config: testConfig({ CYPHER_TIMEOUT_MS: '100000' }) });
    const before = await graphCounts(db());
    const greedy = [
      `UNWIND range(1, 100000000) AS x RETURN size(collect(toString(x) + '${'x'.repeat(4000)}')) AS n`,
      'UNWIND range(1, 100000000) AS x WITH [y IN range(1, 200) | y * x] AS l RETURN size(collect(l)) AS n',
    ];
    const answers = await Promise.all(greedy.map((query) => request(patient).post('/api/cypher').send({ query })));
    for (const r of answers) {
      expect({ status: r.status, code: r.body.error?.code }).toEqual({ status: 400, code: 'query_too_large' });
      expect(r.body.error.message).toMatch(/memory/);
    }
    await request(patient).get('/readyz').expect(200);
    await request(patient).get('/api/states/PRK').expect(200);
    const ok = await request(patient)
      .post('/api/cypher')
      .send({ query: "MATCH (s:State {code: 'PRK'}) RETURN s.name AS name" })
      .expect(200);
    expect(ok.body.rows).toEqual([['North Korea']]);
    expect(await graphCounts(db())).toEqual(before);
  }, 240_000);
});
