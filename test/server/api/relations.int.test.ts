import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { useApiOnWorld } from './api-test-app.ts';

const { db, app } = useApiOnWorld();

type Ev = {
  id: string;
  date: string;
  actorState: string;
  targetState: string;
  quad: number;
  cameo: string;
  evidence: { source: string; line: number }[];
};

describe('GET /api/states/:code/relations', () => {
  it.each(['PRK', 'CHN'])(
    "lists %s's events newest first, each with CAMEO coding and its source line",
    async (code) => {
      const res = await request(app()).get(`/api/states/${code}/relations`).query({ limit: 20 }).expect(200);
      const items: Ev[] = res.body.items;
      expect(items).toHaveLength(20);
      for (const e of items) {
        expect([e.actorState, e.targetState]).toContain(code);
        expect(e.cameo).toMatch(/^\d{3,4}$/);
        expect(e.evidence[0]).toMatchObject({ source: expect.stringMatching(/^icews:/), line: expect.any(Number) });
      }
      const dates = items.map((e) => e.date);
      expect([...dates].sort().reverse()).toEqual(dates);
    },
  );

  it('pages without gaps or repeats, for a quiet state and a busy one', async () => {
    for (const code of ['PRK', 'CHN']) {
      const all = await request(app())
        .get(`/api/states/${code}/relations`)
        .query({ limit: 30, since: '2014' })
        .expect(200);
      const p1 = await request(app())
        .get(`/api/states/${code}/relations`)
        .query({ limit: 15, since: '2014' })
        .expect(200);
      const p2 = await request(app())
        .get(`/api/states/${code}/relations`)
        .query({ limit: 15, since: '2014', cursor: p1.body.nextCursor })
        .expect(200);
      expect([...p1.body.items, ...p2.body.items].map((e: Ev) => e.id)).toEqual(all.body.items.map((e: Ev) => e.id));
    }
  });

  it('filters by direction, quad class, CAMEO prefix and period', async () => {
    const res = await request(app())
      .get('/api/states/CHN/relations')
      .query({ direction: 'out', quad: 4, type: '1', since: '2010-01', until: '2012' })
      .expect(400);
    expect(res.body.error.message).toMatch(/query\.type/);
    const ok = await request(app())
      .get('/api/states/CHN/relations')
      .query({ direction: 'out', quad: 4, type: '17', since: '2010-01', until: '2012', limit: 100 })
      .expect(200);
    expect(ok.body.items.length).toBeGreaterThan(0);
    for (const e of ok.body.items as Ev[]) {
      expect(e.actorState).toBe('CHN');
      expect(e.quad).toBe(4);
      expect(e.cameo.startsWith('17')).toBe(true);
      expect(e.date >= '2010-01-01' && e.date <= '2012-12-31').toBe(true);
    }
  });

  it('an unknown state is a 404', async () => {
    const res = await request(app()).get('/api/states/XYZ/relations').expect(404);
    expect(res.body.error.message).toContain('XYZ');
  });
});

describe('GET /api/dyads/:a/:b', () => {
  it('holds both directions of China and North Korea: summaries, months by quad class, events with evidence', async () => {
    const res = await request(app()).get('/api/dyads/CHN/PRK').query({ limit: 10 }).expect(200);
    expect(res.body.a).toEqual({ code: 'CHN', name: 'China' });
    expect(res.body.summary['CHN->PRK'].count).toBeGreaterThan(0);
    const months = res.body.months as { month: string; actor: string; quad: number; count: number }[];
    expect(months.length).toBeGreaterThan(0);
    expect(new Set(months.map((m) => m.actor))).toEqual(new Set(['CHN', 'PRK']));
    const total = months.reduce((n, m) => n + m.count, 0);
    expect(total).toBe(res.body.summary['CHN->PRK'].count + res.body.summary['PRK->CHN'].count);
    for (const e of res.body.events.items as Ev[]) {
      expect([e.actorState, e.targetState].sort()).toEqual(['CHN', 'PRK']);
      expect(e.evidence.length).toBeGreaterThan(0);
    }
  });

  it("in a period with partial months, its months and its pages of events are the pair's events counted directly", async () => {
    const period = { since: '2012-05-10', until: '2014-08-20' };
    const ids: string[] = [];
    let months: { month: string; actor: string; quad: number; count: number }[] = [];
    let cursor: string | undefined;
    do {
      const res = await request(app())
        .get('/api/dyads/CHN/PRK')
        .query({ ...period, limit: 7, cursor })
        .expect(200);
      if (!cursor) months = res.body.months;
      ids.push(...(res.body.events.items as Ev[]).map((e) => e.id));
      cursor = res.body.events.nextCursor ?? undefined;
    } while (cursor);
    const direct = await db().read<{ id: string; month: string; actor: string; quad: number }>(
      `MATCH (e:Event) WHERE ((e.actorState = 'CHN' AND e.targetState = 'PRK') OR (e.actorState = 'PRK' AND e.targetState = 'CHN'))
         AND e.date >= $since AND e.date <= $until
       RETURN e.id AS id, substring(e.date, 0, 7) AS month, e.actorState AS actor, e.quad AS quad ORDER BY e.date DESC, e.id DESC`,
      period,
    );
    expect(direct.length).toBeGreaterThan(7);
    expect(ids).toEqual(direct.map((r) => r.id));
    const counted = new Map<string, number>();
    for (const r of direct)
      counted.set(`${r.month}|${r.actor}|${r.quad}`, (counted.get(`${r.month}|${r.actor}|${r.quad}`) ?? 0) + 1);
    expect(Object.fromEntries(months.map((m) => [`${m.month}|${m.actor}|${m.quad}`, m.count]))).toEqual(
      Object.fromEntries(counted),
    );
  }, 60_000);

  it('holds the sanctions between the two, each with how and by whom', async () => {
    const res = await request(app()).get('/api/dyads/USA/PRK').expect(200);
    expect(res.body.sanctions.length).toBeGreaterThan(0);
    expect(res.body.sanctions[0]).toMatchObject({ by: 'USA', against: 'PRK', how: 'IMPOSED' });
  });

  it('the same state twice is a 400, an unknown one a 404', async () => {
    await request(app()).get('/api/dyads/PRK/PRK').expect(400);
    const res = await request(app()).get('/api/dyads/PRK/XYZ').expect(404);
    expect(res.body.error.message).toContain('XYZ');
  });
});

describe('GET /api/events', () => {
  it('lists events from one state to another', async () => {
    const res = await request(app()).get('/api/events').query({ actor: 'USA', target: 'PRK', limit: 50 }).expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const e of res.body.items as Ev[]) expect([e.actorState, e.targetState]).toEqual(['USA', 'PRK']);
  });

  it('lists all events of a period, newest first', async () => {
    const res = await request(app()).get('/api/events').query({ since: '2015-12', limit: 5 }).expect(200);
    expect(res.body.items).toHaveLength(5);
    expect(res.body.items[0].date >= '2015-12-01').toBe(true);
  });
});

describe('GET /api/sanctions', () => {
  it('holds UN-SC1718 among the sanctions targeting North Korea', async () => {
    const res = await request(app()).get('/api/sanctions').query({ target: 'PRK' }).expect(200);
    const regime = res.body.items.find((s: { key: string }) => s.key === 'UN-SC1718');
    expect(regime).toBeDefined();
    expect(regime.issuers).toContainEqual(expect.objectContaining({ uid: 'Organization:UNSC' }));
    expect(regime.targets).toContainEqual({ code: 'PRK', name: 'North Korea' });
  });

  it('filters by imposer', async () => {
    const res = await request(app()).get('/api/sanctions').query({ imposer: 'UNSC', target: 'PRK' }).expect(200);
    expect(res.body.items.length).toBeGreaterThan(1);
    for (const s of res.body.items) expect(s.issuers.map((i: { uid: string }) => i.uid)).toContain('Organization:UNSC');
  });

  it('GET /api/sanctions/:id shows the resolutions amending a regime', async () => {
    const res = await request(app()).get('/api/sanctions/UN-SC1718').expect(200);
    expect(res.body.sanction.key).toBe('UN-SC1718');
    expect(res.body.amendedBy.map((r: { key: string }) => r.key)).toContain('UNSCR-2270');
    await request(app()).get('/api/sanctions/NO-SUCH-THING').expect(404);
  });
});

describe('GET /api/messages and /api/sources/:id', () => {
  it('lists messages as a page', async () => {
    const res = await request(app()).get('/api/messages').query({ from: 'PRK' }).expect(200);
    expect(res.body).toEqual({ items: expect.any(Array), nextCursor: null });
  });

  it('shows a data set source with a page of the facts drawn from it, in line order', async () => {
    const res = await request(app())
      .get(`/api/sources/${encodeURIComponent('icews:icews_2005-2015_test.txt')}`)
      .query({ limit: 3 })
      .expect(200);
    expect(res.body.source).toMatchObject({ key: 'icews:icews_2005-2015_test.txt', kind: 'dataset' });
    expect(res.body.factCount).toBeGreaterThan(1000);
    expect(res.body.facts.items.map((f: { line: number }) => f.line)).toEqual([1, 2, 3]);
    expect(res.body.facts.nextCursor).toEqual(expect.any(String));
  });

  it('an unknown source is a 404', async () => {
    await request(app()).get('/api/sources/doc:nothing').expect(404);
  });
});
