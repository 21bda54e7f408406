import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createApp } from '../../../server/api/create-app.ts';
import { openApiPath } from '../../../server/api/openapi-document.ts';
import { loadConfig } from '../../../server/config/load-config.ts';
import type { Database } from '../../../server/neo4j/database.ts';
import { pino } from 'pino';

// No database is needed to build the app or read its documentation.
const app = createApp({
  db: { limited: () => ({}) } as unknown as Database,
  config: loadConfig({ LOG_LEVEL: 'silent' }),
  logger: pino({ level: 'silent' }),
  clientDir: null,
});

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every (method, path) the Express router really serves. */
function servedRoutes(): string[] {
  const stack = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  return stack
    .filter((l) => l.route && typeof l.route.path === 'string')
    .flatMap((l) =>
      Object.keys(l.route!.methods)
        .filter((m) => m !== '_all')
        .map((m) => `${m.toUpperCase()} ${openApiPath(l.route!.path)}`),
    )
    .sort();
}

describe('the OpenAPI document', () => {
  it('documents every route the router serves, and no other', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(servedRoutes().length).toBeGreaterThan(15);
    expect(documented).toEqual(servedRoutes());
  });

  it('declares every path parameter of every route', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    for (const [path, ops] of Object.entries(
      res.body.paths as Record<string, Record<string, { parameters: { name: string; in: string }[] }>>,
    )) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(ops))
        expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(names);
    }
  });

  it('documents query parameters with their limits', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    const limit = res.body.paths['/api/states/{code}/relations'].get.parameters.find(
      (p: { name: string }) => p.name === 'limit',
    );
    expect(limit.schema).toMatchObject({ type: 'integer', maximum: 500, default: 50 });
  });

  it("states its patterns in the part of regex syntax that JavaScript and a Python fuzzer read alike: no \\d, no '.'", async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    const patterns = [...JSON.stringify(res.body.paths).matchAll(/"pattern":"((?:[^"\\]|\\.)*)"/g)].map((m) =>
      JSON.parse(`"${m[1]}"`),
    ) as string[];
    expect(patterns.length).toBeGreaterThan(20);
    for (const p of patterns) expect({ p, loose: /\\d|(?<!\\)\.(?![^[]*\])/.test(p) }).toEqual({ p, loose: false });
  });

  it('is shown at /api/docs as a page that needs nothing from any other host', async () => {
    const res = await request(app).get('/api/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('/api/states/{code}/relations');
    expect(res.text).not.toMatch(/<script|https?:\/\/(?!doi|undocs)/);
  });

  it('the route table and the docs page are made from the same list', async () => {
    const res = await request(app).get('/api/docs').expect(200);
    for (const r of servedRoutes()) expect(res.text).toContain(r.split(' ')[1]!.replace(/[{}]/g, (c) => c));
  });
});
