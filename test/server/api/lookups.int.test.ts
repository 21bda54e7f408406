import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { useApiOnWorld } from './api-test-app.ts';

const { app } = useApiOnWorld();

describe('GET /api/search', () => {
  it('finds North Korea by its alias DPRK, first', async () => {
    const res = await request(app()).get('/api/search').query({ q: 'DPRK' }).expect(200);
    expect(res.body.items[0]).toMatchObject({ uid: 'State:PRK', kind: 'State', key: 'PRK', name: 'North Korea' });
  });

  it('completes a prefix while the user types', async () => {
    const res = await request(app()).get('/api/search').query({ q: 'kim jong-u' }).expect(200);
    expect(res.body.items.map((i: { uid: string }) => i.uid)).toContain('Leader:kim-jong-un');
  });

  it('can be narrowed to some kinds', async () => {
    const res = await request(app()).get('/api/search').query({ q: 'korea', types: 'Sanction' }).expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((i: { kind: string }) => i.kind === 'Sanction')).toBe(true);
  });

  it.each(['name:*', 'korea) OR (*:*', '"unbalanced', 'a AND NOT b~2^9', '\\', '[* TO *]'])(
    'treats Lucene syntax in %j as plain text',
    async (q) => {
      const res = await request(app()).get('/api/search').query({ q }).expect(200);
      expect(Array.isArray(res.body.items)).toBe(true);
    },
  );

  it('without q is a 400 naming the field', async () => {
    const res = await request(app()).get('/api/search').expect(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect(res.body.error.message).toMatch(/query\.q/);
  });
});

describe('GET /api/states', () => {
  it('pages through all 250 states with an opaque cursor', async () => {
    const first = await request(app()).get('/api/states').query({ limit: 200 }).expect(200);
    expect(first.body.items).toHaveLength(200);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await request(app())
      .get('/api/states')
      .query({ limit: 200, cursor: first.body.nextCursor })
      .expect(200);
    expect(second.body.items).toHaveLength(50);
    expect(second.body.nextCursor).toBeNull();
    const codes = [...first.body.items, ...second.body.items].map((s: { code: string }) => s.code);
    expect(new Set(codes).size).toBe(250);
  });

  it('refuses a page larger than the cap', async () => {
    await request(app()).get('/api/states').query({ limit: 100_000 }).expect(400);
  });

  it('refuses a forged cursor, naming the field', async () => {
    const res = await request(app()).get('/api/states').query({ cursor: 'eyJrIjoxfQ==' }).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/query\.cursor/) });
  });
});

describe('GET /api/states/:code', () => {
  it('names Kim Jong-un as leader of North Korea since 2011', async () => {
    const res = await request(app()).get('/api/states/PRK').expect(200);
    expect(res.body.state).toMatchObject({ code: 'PRK', name: 'North Korea' });
    const kim = res.body.currentLeaders.find((l: { key: string }) => l.key === 'kim-jong-un');
    expect(kim).toMatchObject({ name: 'Kim Jong-un' });
    expect(kim.since).toMatch(/^2011-/);
  });

  it('lists past leaders with their dates', async () => {
    const res = await request(app()).get('/api/states/prk').expect(200);
    const kimJongIl = res.body.leaders.find((l: { key: string }) => l.key === 'kim-jong-il');
    expect(kimJongIl).toMatchObject({ current: false, start: '1994-07-08', end: '2011-12-17' });
  });

  it('reads borders both ways and lists UN membership', async () => {
    const res = await request(app()).get('/api/states/PRK').expect(200);
    expect(res.body.borders.map((b: { code: string }) => b.code).sort()).toEqual(
      expect.arrayContaining(['CHN', 'KOR', 'RUS']),
    );
    expect(res.body.memberships).toContainEqual(expect.objectContaining({ key: 'UN', status: 'member' }));
  });

  it('an unknown code is a 404 that says what was asked', async () => {
    const res = await request(app()).get('/api/states/XYZ').expect(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.stringContaining('XYZ') } });
  });

  it('a malformed code is a 400', async () => {
    await request(app()).get('/api/states/NORTHKOREA').expect(400);
  });
});

describe('GET /api/leaders/:id', () => {
  it('lists the offices a leader held, current ones flagged', async () => {
    const res = await request(app()).get('/api/leaders/kim-jong-un').expect(200);
    expect(res.body.leader).toMatchObject({ key: 'kim-jong-un', name: 'Kim Jong-un' });
    expect(res.body.offices).toContainEqual(
      expect.objectContaining({ code: 'PRK', current: true, start: '2011-12-17' }),
    );
    expect(res.body.leader.rowHash).toBeUndefined();
  });

  it('an unknown id is a 404 that says what was asked', async () => {
    const res = await request(app()).get('/api/leaders/nobody-at-all').expect(404);
    expect(res.body.error.message).toContain('nobody-at-all');
  });
});

describe('system routes', () => {
  it('GET /api/stats counts nodes and relationships', async () => {
    const res = await request(app()).get('/api/stats').expect(200);
    expect(res.body.nodes.State).toBe(250);
    expect(res.body.relationships.LEADS).toBeGreaterThan(1000);
  });

  it('GET /healthz and /readyz answer when Neo4j does', async () => {
    await request(app()).get('/healthz').expect(200, { status: 'ok' });
    const res = await request(app()).get('/readyz').expect(200);
    expect(res.body.status).toBe('ready');
  });

  it('an unknown route is a JSON 404', async () => {
    const res = await request(app()).get('/api/nothing-here').expect(404);
    expect(res.body.error).toEqual({ code: 'not_found', message: 'no route GET /api/nothing-here' });
  });

  it('sends security headers, a CSP that lets sigma run its layout worker, and no CORS by default', async () => {
    const res = await request(app()).get('/healthz').set('Origin', 'http://evil.example').expect(200);
    expect(res.headers['content-security-policy']).toContain("worker-src 'self' blob:");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('GET /api/organizations/:key', () => {
  it('names the UN Security Council, the body it is part of and the sanctions it imposed on whom', async () => {
    const res = await request(app()).get('/api/organizations/UNSC').expect(200);
    expect(res.body.organization).toMatchObject({ key: 'UNSC', name: 'United Nations Security Council' });
    expect(res.body.organization).not.toHaveProperty('rowHash');
    expect(res.body.parent).toEqual({ key: 'UN', name: 'United Nations' });
    const regime = res.body.imposed.find((s: { key: string }) => s.key === 'UN-SC1718');
    expect(regime.targets).toEqual(['PRK']);
  });

  it('gives a news agency its state', async () => {
    const res = await request(app()).get('/api/organizations/KCNA').expect(200);
    expect(res.body.state).toEqual({ code: 'PRK', name: 'North Korea' });
  });

  it('an unknown key is a 404 that says what was asked', async () => {
    const res = await request(app()).get('/api/organizations/NOPE_ORG').expect(404);
    expect(res.body.error.message).toContain('NOPE_ORG');
  });
});

describe('methods a path does not take', () => {
  it('answer 405 with the methods the path takes in Allow, not 404', async () => {
    const res = await request(app()).delete('/api/states/PRK').expect(405);
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(res.body.error).toMatchObject({ code: 'method_not_allowed' });
    expect(res.body.error.message).toContain('DELETE');
    const trace = await request(app()).trace('/api/stats').expect(405);
    expect(trace.headers.allow).toBe('GET, HEAD, OPTIONS');
    const put = await request(app()).put('/api/cypher').send({ query: 'RETURN 1' }).expect(405);
    expect(put.headers.allow).toBe('POST, OPTIONS');
  });

  it('answer OPTIONS with 204 and Allow, and an unknown path still with 404', async () => {
    const res = await request(app()).options('/api/dyads/USA/RUS').expect(204);
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
    await request(app()).delete('/api/no-such-thing').expect(404);
  });
});
