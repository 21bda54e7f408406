import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { pino } from 'pino';
import request from 'supertest';
import { createApp } from '../../../server/api/create-app.ts';
import { projectRoot } from '../../../server/config/paths.ts';
import { GraphVersionCache } from '../../../server/use-cases/graph-version-cache.ts';
import { testConfig, useApiOnWorld } from './api-test-app.ts';

const run = promisify(execFile);
const { db, app } = useApiOnWorld();
const probe = path.join(projectRoot, 'test', 'fixtures', 'records', 'cache-probe.jsonl');

/** A GET over a real socket with the body kept as sent (supertest would decompress it). */
async function rawGet(path: string, encoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  const server = app().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise((resolve, reject) => {
      get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  } finally {
    server.close();
  }
}

describe('GET /api/graph, the state network, from cache', () => {
  it("serves a state's relations and a dyad the same way: with an ETag, 304 on a repeat, and each query its own answer", async () => {
    const prk = await request(app()).get('/api/states/PRK/relations').expect(200);
    expect(prk.headers['cache-control']).toBe('no-cache');
    expect(prk.body.items.length).toBeGreaterThan(0);
    await request(app()).get('/api/states/PRK/relations').set('If-None-Match', prk.headers.etag!).expect(304);
    const usa = await request(app())
      .get('/api/states/USA/relations')
      .set('If-None-Match', prk.headers.etag!)
      .expect(200);
    expect(usa.headers.etag).not.toBe(prk.headers.etag);
    const small = await request(app()).get('/api/states/PRK/relations').query({ limit: 1 }).expect(200);
    expect(small.body.items).toHaveLength(1);
    // Errors are not kept: an unknown state stays a 404.
    await request(app()).get('/api/states/XXA/relations').expect(404);
    await request(app()).get('/api/states/XXA/relations').expect(404);
  }, 60_000);

  it('answers a repeat of a held answer exactly as the full chain did: status, headers and body', async () => {
    for (const url of ['/api/states/CHN/relations?limit=5', '/api/graph', '/api/dyads/CHN/PRK']) {
      const first = await request(app()).get(url).set('Accept-Encoding', 'gzip').expect(200);
      const again = await request(app()).get(url).set('Accept-Encoding', 'gzip').expect(200);
      // The first was computed and counted towards the rate limit (so it says how much is left); held answers are not.
      const { date: _d1, ratelimit: _r, 'ratelimit-policy': _p, ...h1 } = first.headers;
      const { date: _d2, ...h2 } = again.headers;
      expect(h2).toEqual(h1);
      expect(h1['content-security-policy']).toContain("worker-src 'self' blob:");
      expect(h1['content-encoding']).toBe('gzip');
      expect(again.body).toEqual(first.body);
      const head = await request(app()).head(url).expect(200);
      expect(head.headers.etag).toBe(first.headers.etag);
      await request(app()).get(url).set('If-None-Match', `"other", ${first.headers.etag}`).expect(304);
    }
  }, 60_000);

  it('sends a repeat of a held URL before Express, and anything else through the chain', async () => {
    const lines: { url: string; status: number; held?: boolean }[] = [];
    const logger = pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l)) });
    // A staleness window far above any request's time, so "held" depends on the request alone, not on the machine's load.
    const graphCache = new GraphVersionCache(null, 60_000);
    const logged = createApp({ db: db(), config: testConfig(), logger, clientDir: null, graphCache });
    await request(logged).get('/api/dyads/CHN/PRK').expect(200);
    await request(logged).get('/api/dyads/CHN/PRK').expect(200);
    await request(logged).get('/api/dyads/CHN/PRK?limit=3').expect(200);
    await request(logged).get('/api/dyads/CHN/PRK').set('Origin', 'http://example.org').expect(200);
    await request(logged).post('/api/dyads/CHN/PRK').expect(405);
    expect(lines.map((l) => [l.url, l.status, l.held === true])).toEqual([
      ['/api/dyads/CHN/PRK', 200, false],
      ['/api/dyads/CHN/PRK', 200, true],
      ['/api/dyads/CHN/PRK?limit=3', 200, false],
      ['/api/dyads/CHN/PRK', 200, false],
      ['/api/dyads/CHN/PRK', 405, false],
    ]);
  }, 60_000);

  it('still refuses a foreign Host for a held answer', async () => {
    await request(app()).get('/api/states/CHN/relations').expect(200);
    const res = await request(app()).get('/api/states/CHN/relations').set('Host', 'attacker.example').expect(403);
    expect(res.body.error.code).toBe('host_not_allowed');
  }, 60_000);

  it('carries an ETag and Cache-Control: no-cache, and a repeat with If-None-Match answers 304 without a body', async () => {
    const first = await request(app()).get('/api/graph').expect(200);
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.body.nodes.length).toBeGreaterThan(200);
    const again = await request(app()).get('/api/graph').set('If-None-Match', first.headers.etag!).expect(304);
    expect(again.text ?? '').toBe('');
    // Other parameters are another answer, with another ETag.
    const borders = await request(app()).get('/api/graph').query({ types: 'BORDERS' }).expect(200);
    expect(borders.headers.etag).not.toBe(first.headers.etag);
  }, 60_000);

  it('is compressed with brotli or gzip when the client accepts it, and decompresses to the same network', async () => {
    const plain = await rawGet('/api/graph', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString()).nodes.length).toBeGreaterThan(200);
    const br = await rawGet('/api/graph', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    const gz = await rawGet('/api/graph', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
  }, 60_000);

  it('is computed anew after an ingest by another process (the CLI), and not before; so is a dyad it touches', async () => {
    const dyadBefore = await request(app()).get('/api/dyads/NOR/ISL').expect(200);
    await request(app()).get('/api/dyads/NOR/ISL').set('If-None-Match', dyadBefore.headers.etag!).expect(304);
    const before = await request(app()).get('/api/graph').expect(200);
    expect(before.body.edges.some((e: { key: string }) => e.key === 'MESSAGE:msg-cache-probe')).toBe(false);
    await request(app()).get('/api/graph').set('If-None-Match', before.headers.etag!).expect(304);
    try {
      await run(process.execPath, [path.join(projectRoot, 'bin', 'stategraph.js'), 'ingest', probe], {
        env: { ...process.env, LOG_LEVEL: 'silent' },
        timeout: 120_000,
      });
      const after = await request(app()).get('/api/graph').set('If-None-Match', before.headers.etag!).expect(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(after.body.edges.some((e: { key: string }) => e.key === 'MESSAGE:msg-cache-probe')).toBe(true);
      const dyadAfter = await request(app())
        .get('/api/dyads/NOR/ISL')
        .set('If-None-Match', dyadBefore.headers.etag!)
        .expect(200);
      expect(JSON.stringify(dyadAfter.body)).toContain('msg-cache-probe');
      expect(JSON.stringify(dyadBefore.body)).not.toContain('msg-cache-probe');
    } finally {
      await db().write("MATCH (m:Message {id: 'msg-cache-probe'}) DETACH DELETE m");
      await db().write("MATCH (s:Source {key: 'user:cache-probe.jsonl'}) DETACH DELETE s");
    }
    const cleaned = await request(app()).get('/api/graph').expect(200);
    expect(cleaned.body.edges.some((e: { key: string }) => e.key === 'MESSAGE:msg-cache-probe')).toBe(false);
  }, 180_000);
});
