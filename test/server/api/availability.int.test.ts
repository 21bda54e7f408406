import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import request from 'supertest';
import type { Express } from 'express';
import { loadConfig } from '../../../server/config/load-config.ts';
import { openDatabase, type Database } from '../../../server/neo4j/database.ts';
import { openTestDb } from '../../support/test-db.ts';
import { ensureReferenceWorld } from '../../support/world.ts';
import { testApp } from './api-test-app.ts';

/**
 * A TCP proxy in front of the test Neo4j's Bolt port: closing it (and cutting its open connections) is,
 * for the API, exactly Neo4j going away; listening again is Neo4j coming back. The shared instance keeps running.
 */
function boltProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const up = () =>
    new Promise<number>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve(port);
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (server) server.close(() => resolve());
      else resolve();
      server = null;
    });
  return { up, down };
}

let shared: Database;
let db: Database;
let app: Express;
const proxy = (() => {
  const uri = new URL(process.env.NEO4J_URI!.replace(/^bolt/, 'http'));
  return boltProxy({ host: uri.hostname, port: Number(uri.port || 7687) });
})();

beforeAll(async () => {
  shared = await openTestDb();
  await ensureReferenceWorld(shared);
  const port = await proxy.up();
  const config = loadConfig();
  db = openDatabase({ ...config.external!, uri: `bolt://127.0.0.1:${port}` }, config.database);
  app = testApp(db);
}, 180_000);
afterAll(async () => {
  await proxy.down();
  await db.close();
  await shared.close();
});

describe('when Neo4j goes away and comes back', () => {
  it('answers 503 while it is away and 200 again once it is back, without a restart', async () => {
    await request(app).get('/api/states/PRK').expect(200);
    await request(app).get('/readyz').expect(200);

    await proxy.down();
    const ready = await request(app).get('/readyz').expect(503);
    expect(ready.body.error.code).toBe('database_unavailable');
    const res = await request(app).get('/api/states/PRK').expect(503);
    expect(res.body).toEqual({ error: { code: 'database_unavailable', message: expect.any(String) } });
    await request(app).get('/healthz').expect(200);

    await proxy.up();
    await request(app).get('/readyz').expect(200);
    const back = await request(app).get('/api/states/PRK').expect(200);
    expect(back.body.state.code).toBe('PRK');
  }, 90_000);
});
