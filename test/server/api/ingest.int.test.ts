import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../../server/neo4j/database.ts';
import { counts, openTestDb } from '../../support/test-db.ts';
import { testApp, testConfig, testToken } from './api-test-app.ts';

let db: Database;
let app: Express;

beforeAll(async () => {
  db = await openTestDb();
  app = testApp(db);
});
afterAll(() => db.close());

const payload = { format: 'records', filename: 'states.jsonl', content: '{"type":"state","code":"ZZX","name":"Intruder"}\n' };
const ingestAvailable = existsSync(new URL('../../../server/ingest/ingest-payload.ts', import.meta.url));

describe('POST /api/ingest', () => {
  it('without a token is a 401 and writes nothing', async () => {
    const before = await counts(db);
    const res = await request(app).post('/api/ingest').send(payload).expect(401);
    expect(res.body.error.code).toBe('unauthorized');
    expect(await counts(db)).toEqual(before);
  });

  it('with a wrong token is a 401 and writes nothing', async () => {
    const before = await counts(db);
    await request(app).post('/api/ingest').set('Authorization', `Bearer ${testToken}x`).send(payload).expect(401);
    await request(app).post('/api/ingest').set('Authorization', testToken).send(payload).expect(401);
    expect(await counts(db)).toEqual(before);
  });

  it('is closed to everyone when the server has no token configured', async () => {
    const closed = testApp(db, { config: testConfig({ STATEGRAPH_API_TOKEN: '' }) });
    const res = await request(closed).post('/api/ingest').set('Authorization', `Bearer ${testToken}`).send(payload).expect(401);
    expect(res.body.error.message).toMatch(/STATEGRAPH_API_TOKEN/);
  });

  it('with the token, a malformed payload is a 400 naming the field', async () => {
    const res = await request(app).post('/api/ingest').set('Authorization', `Bearer ${testToken}`).send({ ...payload, format: 'sql' }).expect(400);
    expect(res.body.error.message).toMatch(/body\.format/);
    const noFolders = await request(app).post('/api/ingest').set('Authorization', `Bearer ${testToken}`).send({ ...payload, filename: '../../etc/passwd' }).expect(400);
    expect(noFolders.body.error.message).toMatch(/body\.filename/);
  });

  it('a body over 10 MB is a 413', async () => {
    const res = await request(app)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${testToken}`)
      .send({ ...payload, content: 'x'.repeat(11 * 1024 * 1024) })
      .expect(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  (ingestAvailable ? it : it.skip)('with the token, bad records are rejected whole (422) and nothing is written', async () => {
    const before = await counts(db);
    const res = await request(app)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${testToken}`)
      .send({ format: 'records', filename: 'bad.jsonl', content: '{"type":"state"}\n' });
    expect(res.status).toBe(422);
    expect(await counts(db)).toEqual(before);
  });

  (ingestAvailable ? it.skip : it)('answers 501 while the ingest module is missing', async () => {
    const res = await request(app).post('/api/ingest').set('Authorization', `Bearer ${testToken}`).send(payload).expect(501);
    expect(res.body.error.code).toBe('not_implemented');
  });
});
