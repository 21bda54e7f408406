import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { graphCounts } from '../../support/graph-counts.ts';
import { testApp, testConfig, testToken, useApiOnWorld } from './api-test-app.ts';

const { db, app } = useApiOnWorld();

describe('the Host allowlist', () => {
  it('refuses a foreign Host on every kind of route with a 403, and POST /api/cypher writes and runs nothing', async () => {
    const before = await graphCounts(db());
    for (const [method, path] of [
      ['get', '/api/states/PRK'],
      ['get', '/healthz'],
      ['get', '/'],
      ['get', '/api/docs'],
    ] as const) {
      const res = await request(app())[method](path).set('Host', 'attacker.example');
      expect({ path, status: res.status, code: res.body.error?.code }).toEqual({
        path,
        status: 403,
        code: 'host_not_allowed',
      });
    }
    const cypher = await request(app())
      .post('/api/cypher')
      .set('Host', 'attacker.example:3000')
      .send({ query: 'RETURN 1 AS one' });
    expect(cypher.status).toBe(403);
    const ingest = await request(app())
      .post('/api/ingest')
      .set('Host', 'rebind.attacker.example')
      .set('Authorization', `Bearer ${testToken}`)
      .send({ format: 'records', filename: 'x.jsonl', content: '{"type":"state","code":"ZZH","name":"Intruder"}\n' });
    expect(ingest.status).toBe(403);
    expect(await graphCounts(db())).toEqual(before);
  });

  it('serves the loopback names on any port, and HOST or ALLOWED_HOSTS when configured', async () => {
    for (const host of ['localhost:3000', '127.0.0.1:8080', '[::1]:3000', 'LOCALHOST']) {
      await request(app()).get('/healthz').set('Host', host).expect(200);
    }
    const deployed = testApp(db(), { config: testConfig({ ALLOWED_HOSTS: 'graph.example.org' }) });
    await request(deployed).get('/healthz').set('Host', 'graph.example.org').expect(200);
    await request(deployed).get('/healthz').set('Host', 'localhost').expect(403);
    const onLan = testApp(db(), { config: testConfig({ HOST: '192.168.1.20' }) });
    await request(onLan).get('/healthz').set('Host', '192.168.1.20:3000').expect(200);
  });

  it('behind a trusted proxy, reads the forwarded Host and counts rate limits per client, not per proxy', async () => {
    const proxied = testApp(db(), { config: testConfig({ TRUST_PROXY: 'loopback' }), rateLimits: { cypher: 2 } });
    await request(proxied).get('/healthz').set('X-Forwarded-Host', 'attacker.example').expect(403);
    const ask = (client: string) =>
      request(proxied).post('/api/cypher').set('X-Forwarded-For', client).send({ query: 'RETURN 1 AS one' });
    expect((await ask('203.0.113.1')).status).toBe(200);
    expect((await ask('203.0.113.1')).status).toBe(200);
    expect((await ask('203.0.113.1')).status).toBe(429);
    expect((await ask('203.0.113.2')).status).toBe(200);
  });
});

describe('input the API used to take or fail on', () => {
  it('an invalid percent-escape in a path is a 400 naming the problem, not a 500', async () => {
    const res = await request(app()).get('/api/states/%ff').expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_path', message: expect.stringMatching(/percent-escape/) });
    await request(app()).get('/api/leaders/%E0%A4%A').expect(400);
  });

  it('numbers must be decimal digits: limit=0x10, 1e1 or an empty value are 400s naming the field', async () => {
    for (const limit of ['0x10', '1e1', '', ' 7', '16.0']) {
      const res = await request(app()).get('/api/states/PRK/relations').query({ limit });
      expect({ limit, status: res.status }).toEqual({ limit, status: 400 });
      expect(res.body.error.message).toMatch(/query\.limit/);
    }
    await request(app()).get('/api/states/PRK/relations').query({ limit: '16' }).expect(200);
    await request(app()).get('/api/path').query({ from: 'USA', to: 'PRK', maxHops: '0x2' }).expect(400);
  }, 30_000);

  it('dates must exist: since=2015-02-30 is a 400, 2016-02-29 is served', async () => {
    const res = await request(app()).get('/api/states/PRK/relations').query({ since: '2015-02-30' }).expect(400);
    expect(res.body.error.message).toMatch(/query\.since: no such day/);
    await request(app()).get('/api/states/PRK/relations').query({ since: '2016-02-29' }).expect(200);
  });

  it('the expensive GET routes are rate limited too, but the cached network is not counted', async () => {
    const strict = testApp(db(), { rateLimits: { expensive: 2 } });
    for (let i = 0; i < 2; i++) await request(strict).get('/api/path').query({ from: 'USA', to: 'PRK' }).expect(200);
    const limited = await request(strict).get('/api/path').query({ from: 'USA', to: 'PRK' }).expect(429);
    expect(limited.body.error.code).toBe('rate_limited');
    for (let i = 0; i < 5; i++) await request(strict).get('/api/graph').expect(200);
  }, 60_000);
});

describe('the bearer token', () => {
  it('takes the scheme in any case, as RFC 9110 says auth schemes are case-insensitive, but only with the right token', async () => {
    const body = { format: 'records', filename: 'none.jsonl', content: '{"type":"nothing"}\n' };
    const lower = await request(app()).post('/api/ingest').set('Authorization', `bearer ${testToken}`).send(body);
    expect(lower.status).toBe(422); // past the token check, refused for the record
    await request(app()).post('/api/ingest').set('Authorization', `bearer ${testToken}0`).send(body).expect(401);
    await request(app()).post('/api/ingest').set('Authorization', `Basic ${testToken}`).send(body).expect(401);
  }, 30_000);

  it('an article that cannot be read is a 422 with the reason, and nothing is written', async () => {
    const before = await graphCounts(db(), { withoutJobs: true });
    const res = await request(app())
      .post('/api/ingest')
      .set('Authorization', `Bearer ${testToken}`)
      .send({ format: 'articles', filename: 'articles.jsonl', content: '{"id":"empty-1","text":"   "}\n' })
      .expect(422);
    expect(res.body.error.code).toBe('invalid_document');
    expect(res.body.error.message).toMatch(/articles\.jsonl: document 1 \(empty-1\): .+/);
    expect(await graphCounts(db(), { withoutJobs: true })).toEqual(before);
  }, 60_000);
});

describe('the same records under another file name', () => {
  it('add no second LEADS office', async () => {
    const leader =
      '{"type":"leader","key":"test-office-twice","name":"Office Twice","leads":[{"state":"ISL","role":"head_of_government","title":"Prime Minister","start":"2099-01-01","end":null}]}\n';
    const offices = async () =>
      (
        await db().read<{ n: number }>(
          "MATCH (:Leader {key: 'test-office-twice'})-[r:LEADS]->(:State) RETURN count(r) AS n",
        )
      )[0]?.n ?? 0;
    try {
      for (const filename of ['first.jsonl', 'renamed.jsonl', 'first.jsonl']) {
        await request(app())
          .post('/api/ingest')
          .set('Authorization', `Bearer ${testToken}`)
          .send({ format: 'records', filename, content: leader })
          .expect(200);
        expect({ filename, offices: await offices() }).toEqual({ filename, offices: 1 });
      }
    } finally {
      await db().write("MATCH (l:Leader {key: 'test-office-twice'}) DETACH DELETE l");
      await db().write("MATCH (s:Source) WHERE s.key IN ['user:first.jsonl', 'user:renamed.jsonl'] DETACH DELETE s");
    }
  }, 90_000);
});
