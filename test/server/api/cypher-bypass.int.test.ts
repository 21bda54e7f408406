import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { explainQuery } from '../../../server/repositories/cypher-repository.ts';
import { planProblem } from '../../../server/use-cases/plan-problem.ts';
import { graphCounts } from '../../support/graph-counts.ts';
import { useApiOnWorld } from './api-test-app.ts';

// Each way of hiding a clause from a text check behind a comment: Neo4j ends a // comment at \r (and \r\n),
// and decodes \uXXXX escapes anywhere before it reads the query; U+2028/U+2029 must not fool the check either.
const lineEnds: [string, string][] = [
  ['a carriage return', '\r'],
  ['CR LF', '\r\n'],
  ['U+2028', '\u2028'],
  ['U+2029', '\u2029'],
  ['an escaped line feed', '\\u000a'],
  ['an escaped carriage return', '\\u000d'],
  ['an escaped U+2028', '\\u2028'],
  ['a doubled u escape', '\\uu000A'],
];

const { db, app } = useApiOnWorld();

// A loopback HTTP server standing for any URL Neo4j could be made to fetch; it must receive nothing.
let target: Server;
let url = '';
const received: string[] = [];
beforeAll(async () => {
  target = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    res.end('secret:body\n');
  });
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/api/stats`;
});
afterAll(() => new Promise<void>((resolve) => target.close(() => resolve())));

function attempts(): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, end] of lineEnds) {
    out.push([
      `LOAD CSV after a // comment ended by ${name}`,
      `WITH 1 AS a //x${end}LOAD CSV FROM '${url}' AS row FIELDTERMINATOR ':' RETURN row`,
    ]);
    out.push([
      `CALL after a // comment ended by ${name}`,
      `WITH 1 AS a //x${end}CALL dbms.components() YIELD name RETURN name`,
    ]);
    out.push([
      `a write after a // comment ended by ${name}`,
      `MATCH (s:State {code: 'PRK'}) //x${end}SET s.name = 'Intruder' RETURN s.name`,
    ]);
    out.push([`CREATE after a // comment ended by ${name}`, `RETURN 1 AS one //x${end}CREATE (n:Intruder) RETURN n`]);
  }
  out.push([
    'a block comment closed by an escaped slash, then LOAD CSV',
    `WITH 1 AS a /* x *\\u002f LOAD CSV FROM '${url}' AS row RETURN row`,
  ]);
  out.push(['LOAD CSV spelled with an escaped L', `WITH 1 AS a \\u004cOAD CSV FROM '${url}' AS row RETURN row`]);
  out.push(['CALL spelled with escapes', `\\u0043ALL dbms.components() YIELD name RETURN name`]);
  out.push(['DELETE spelled with an escape', `MATCH (e:Event) WITH e LIMIT 1 \\u0044ELETE e RETURN 1`]);
  out.push(['a procedure name with an escaped dot', `CALL dbms\\u002ecomponents() YIELD name RETURN name`]);
  out.push([
    'LOAD CSV inside a string the escape closes',
    `RETURN '\\u0027 AS x LOAD CSV FROM '${url}' AS row RETURN row //'`,
  ]);
  out.push([
    'LOAD CSV in a subquery after a CR comment',
    `CALL { WITH 1 AS a //x\rLOAD CSV FROM '${url}' AS row RETURN row } RETURN row`,
  ]);
  return out;
}

describe('POST /api/cypher cannot be talked past its guard', () => {
  it('refuses every comment, line-terminator and escape variant of LOAD CSV, CALL and writes with a 400', async () => {
    const before = await graphCounts(db());
    for (const [what, query] of attempts()) {
      const res = await request(app()).post('/api/cypher').send({ query });
      expect({ what, status: res.status, code: res.body.error?.code }).toEqual({
        what,
        status: 400,
        code: expect.stringMatching(/^(query_refused|cypher_error)$/),
      });
    }
    expect(await graphCounts(db())).toEqual(before);
    expect(received).toEqual([]);
  }, 120_000);

  it('says why: the reason names LOAD CSV, the procedure or the write', async () => {
    const load = await request(app())
      .post('/api/cypher')
      .send({ query: `WITH 1 AS a //x\rLOAD CSV FROM '${url}' AS row RETURN row` })
      .expect(400);
    expect(load.body.error.message).toMatch(/LOAD CSV/);
    const call = await request(app())
      .post('/api/cypher')
      .send({ query: 'WITH 1 AS a //x\\u000aCALL dbms.components() YIELD name RETURN name' })
      .expect(400);
    expect(call.body.error.message).toMatch(/dbms\.components/);
    const write = await request(app())
      .post('/api/cypher')
      .send({ query: "MATCH (s:State {code: 'PRK'}) //x\u2028SET s.name = 'X' RETURN s" })
      .expect(400);
    expect(write.body.error.message).toMatch(/SET|write/);
    expect(received).toEqual([]);
  });

  it('still answers a read query whose comment ends with a carriage return, and allowed procedures', async () => {
    const res = await request(app())
      .post('/api/cypher')
      .send({ query: "MATCH (s:State {code: 'PRK'}) //the state\rRETURN s.name AS name" })
      .expect(200);
    expect(res.body.rows).toEqual([['North Korea']]);
    const labels = await request(app())
      .post('/api/cypher')
      .send({ query: 'CALL db.labels() YIELD label RETURN label' })
      .expect(200);
    expect(labels.body.rows.flat()).toContain('State');
  });

  it("judges Neo4j's own plan, whatever the text looked like: LoadCSV and procedures outside the allowlist are refused", async () => {
    const judge = async (query: string) => {
      const plan = await explainQuery(db(), query, {}, 5000);
      return planProblem(plan.queryType, plan.operators);
    };
    expect(await judge(`WITH 1 AS a //x\rLOAD CSV FROM '${url}' AS row RETURN row`)).toMatch(/LOAD CSV/);
    expect(await judge(`WITH 1 AS a \\u004cOAD CSV FROM '${url}' AS row RETURN row`)).toMatch(/LOAD CSV/);
    expect(await judge('CALL dbms.components() YIELD name RETURN name')).toMatch(/procedure dbms\.components/);
    expect(
      await judge(
        'MATCH (n) WITH n LIMIT 1 CALL (n) { WITH 1 AS x //\rCALL db.ping() YIELD success RETURN success } RETURN success',
      ),
    ).toMatch(/db\.ping/);
    expect(await judge('CALL db.labels() YIELD label RETURN label')).toBeNull();
    expect(await judge("MATCH (s:State {code: 'PRK'}) RETURN s.name")).toBeNull();
    expect(received).toEqual([]);
  });

  it('caps parameters: a parameter over 16 KB or nested past 8 levels is refused before Neo4j sees it', async () => {
    const big = await request(app())
      .post('/api/cypher')
      .send({ query: 'RETURN $p AS p', params: { p: 'x'.repeat(20_000) } })
      .expect(400);
    expect(big.body.error.message).toMatch(/parameters take \d+ bytes/);
    let deep: unknown = 1;
    for (let i = 0; i < 12; i++) deep = [deep];
    const nested = await request(app())
      .post('/api/cypher')
      .send({ query: 'RETURN $p AS p', params: { p: deep } })
      .expect(400);
    expect(nested.body.error.message).toMatch(/nest 12 levels/);
  });
});
