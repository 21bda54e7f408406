import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../../server/neo4j/database.ts';
import { counts as allCounts, openTestDb } from '../../support/test-db.ts';
import { testApp, testConfig, testToken } from './api-test-app.ts';
import { removeRefreshing } from '../../support/remove-events.ts';

let db: Database;
let app: Express;

beforeAll(async () => {
  db = await openTestDb();
  app = testApp(db);
}, 120_000);
afterAll(() => db.close());

/** The graph's counts without the ingest service's own job records, which every upload adds. */
const counts = async (d: Database) => {
  const c = await allCounts(d);
  delete c.nodes.IngestJob;
  return c;
};

const payload = {
  format: 'records',
  filename: 'states.jsonl',
  content: '{"type":"state","code":"ZZX","name":"Intruder"}\n',
};

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
    const res = await request(closed)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${testToken}`)
      .send(payload)
      .expect(401);
    expect(res.body.error.message).toMatch(/STATEGRAPH_API_TOKEN/);
  });

  it('with the token, a malformed payload is a 400 naming the field', async () => {
    const res = await request(app)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${testToken}`)
      .send({ ...payload, format: 'sql' })
      .expect(400);
    expect(res.body.error.message).toMatch(/body\.format/);
    const noFolders = await request(app)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${testToken}`)
      .send({ ...payload, filename: '../../etc/passwd' })
      .expect(400);
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

  it('with the token, bad records are rejected whole (422) and nothing is written', async () => {
    const before = await counts(db);
    const res = await request(app)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${testToken}`)
      .send({ format: 'records', filename: 'bad.jsonl', content: '{"type":"state"}\n' });
    expect(res.status).toBe(422);
    expect(await counts(db)).toEqual(before);
  });

  it('with the token, an article is extracted and stored, and posting it again adds nothing', async () => {
    const content =
      'On 3 March 2031, the President of Moldova, Ana Testova, met Romanian officials in Bucharest. Moldova and Romania signed an agreement on energy cooperation.';
    const send = () =>
      request(app)
        .post('/api/ingest')
        .set('Authorization', `Bearer ${testToken}`)
        .send({ format: 'articles', filename: 'note.txt', content });
    // Its own cleanup, also first: a run stopped halfway must not leave the article for the next.
    const cleanup = async () => {
      await removeRefreshing(
        db,
        "MATCH (s:Source {kind: 'document'}) WHERE s.text CONTAINS 'Ana Testova' MATCH (s)<-[:FROM]-(x)",
      );
      await db.write("MATCH (s:Source {kind: 'document'}) WHERE s.text CONTAINS 'Ana Testova' DETACH DELETE s");
    };
    await cleanup();
    try {
      const first = await send().expect(200);
      expect(first.body.summary.documents).toMatchObject({ rows: 1, created: 1 });
      const [doc] = await db.read<{ text: string; events: number }>(
        "MATCH (s:Source {kind: 'document'}) WHERE s.text CONTAINS 'Ana Testova' OPTIONAL MATCH (s)<-[:FROM]-(e:Event) RETURN s.text AS text, count(e) AS events",
      );
      expect(doc!.text).toContain('energy cooperation');
      expect(doc!.events).toBeGreaterThan(0);
      const before = await counts(db);
      const again = await send().expect(200);
      expect(again.body.summary.documents).toMatchObject({ rows: 1, created: 0, updated: 0 });
      expect(await counts(db)).toEqual(before);
    } finally {
      await cleanup();
    }
  }, 120_000);
});
