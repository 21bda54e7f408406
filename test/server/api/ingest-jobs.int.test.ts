import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../../server/neo4j/database.ts';
import { clearIngestState } from '../../support/ingest-service-fixture.ts';
import { openTestDb } from '../../support/test-db.ts';
import { testApp, testToken } from './api-test-app.ts';

let db: Database;
let app: Express;

beforeAll(async () => {
  db = await openTestDb();
  await clearIngestState(db);
  app = testApp(db);
}, 60_000);
afterAll(async () => {
  await clearIngestState(db);
  await db.close();
}, 60_000);

const auth = { Authorization: `Bearer ${testToken}` };

describe('the ingest jobs and sources routes', () => {
  it('list an upload through POST /api/ingest as a job with its state and counts, and a rejected one with its error', async () => {
    const ok = await request(app)
      .post('/api/ingest')
      .set(auth)
      .send({
        format: 'records',
        filename: 'one.jsonl',
        content: '{"type":"organization","key":"JOBS_BUREAU","name":"Jobs Bureau"}\n',
      })
      .expect(200);
    expect(ok.body.job).toEqual(expect.any(String));
    await request(app)
      .post('/api/ingest')
      .set(auth)
      .send({ format: 'records', filename: 'bad.jsonl', content: '{"type":"state"}\n' })
      .expect(422);
    const res = await request(app).get('/api/ingest/jobs').expect(200);
    const [bad, good] = res.body.items;
    expect(good).toMatchObject({
      id: ok.body.job,
      kind: 'upload',
      label: 'upload: one.jsonl',
      state: 'done',
      created: expect.any(Number),
      progress: 1,
    });
    expect(good.created).toBeGreaterThan(0);
    expect(good).not.toHaveProperty('payload');
    expect(bad).toMatchObject({ label: 'upload: bad.jsonl', state: 'failed' });
    expect(bad.lastError).toMatch(/bad\.jsonl:1: code/);
    const failed = await request(app).get('/api/ingest/jobs?state=failed').expect(200);
    expect(failed.body.items.map((j: { label: string }) => j.label)).toEqual(['upload: bad.jsonl']);
    await request(app).get('/api/ingest/jobs?state=lost').expect(400);
    await db.write("MATCH (o:Organization {key: 'JOBS_BUREAU'}) DETACH DELETE o");
  }, 60_000);

  it('add a feed only with the token, refuse a URL that is not http(s), and list it with its polling state', async () => {
    const feed = {
      id: 'api-feed',
      url: 'http://127.0.0.1:9/feed.xml',
      intervalSeconds: 60,
      publisher: 'Loopback Times',
    };
    await request(app).post('/api/ingest/sources').send(feed).expect(401);
    const bad = await request(app)
      .post('/api/ingest/sources')
      .set(auth)
      .send({ ...feed, url: 'file:///etc/passwd' })
      .expect(400);
    expect(bad.body.error.message).toMatch(/body\.url/);
    await request(app).post('/api/ingest/sources').set(auth).send(feed).expect(200);
    const res = await request(app).get('/api/ingest/sources').expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        id: 'api-feed',
        kind: 'feed',
        url: feed.url,
        intervalSeconds: 60,
        publisher: 'Loopback Times',
        state: 'idle',
        polls: 0,
        lastError: null,
        origin: 'api',
      }),
    ]);
  });
});
