import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { useApiOnWorld } from './api-test-app.ts';

const { db, app } = useApiOnWorld();

type Official = { key: string; portfolio: string | null };
type Roles = { roles: { role: string; officials: Official[] }[] };
type Office = {
  holderKind: string;
  holder: string;
  role: string;
  portfolio: string | null;
  start: string | null;
  end: string | null;
};

const officials = (body: Roles, role: string, portfolio?: string) =>
  (body.roles.find((r) => r.role === role)?.officials ?? [])
    .filter((o) => portfolio === undefined || o.portfolio === portfolio)
    .map((o) => o.key);

describe('GET /api/states/:code/officials?date=', () => {
  it.each([
    ['PRK', 'kim-jong-un', 'ri-su-yong'],
    ['USA', 'barack-obama', 'john-kerry'],
    ['CHN', 'xi-jinping', 'wang-yi'],
  ])('lists the head and the foreign minister of %s on 2016-03-02', async (code, head, minister) => {
    const res = await request(app()).get(`/api/states/${code}/officials`).query({ date: '2016-03-02' }).expect(200);
    expect(res.body.date).toBe('2016-03-02');
    expect(officials(res.body, 'head_of_state')).toContain(head);
    expect(officials(res.body, 'minister', 'foreign_affairs')).toEqual([minister]);
  });

  it("gives China's head of government that day too, and lists roles heads first", async () => {
    const res = await request(app()).get('/api/states/CHN/officials').query({ date: '2016-03-02' }).expect(200);
    expect(officials(res.body, 'head_of_government')).toContain('li-keqiang');
    expect(res.body.roles[0].role).toBe('head_of_state');
  });

  it("has Shoygu as Russia's defence minister in 2019", async () => {
    const res = await request(app()).get('/api/states/RUS/officials').query({ date: '2019-06-01' }).expect(200);
    expect(officials(res.body, 'minister', 'defence')).toEqual(['sergei-shoigu']);
  });

  it.each([
    ['2022-06-01', 'antony-blinken'],
    ['2025-03-01', 'marco-rubio'],
  ])('has the Secretary of State of %s act for the United States', async (date, key) => {
    const res = await request(app()).get('/api/states/USA/officials').query({ date }).expect(200);
    expect(officials(res.body, 'minister', 'foreign_affairs')).toEqual([key]);
  });

  it('is a 404 for an unknown state and a 400 naming a bad date', async () => {
    await request(app()).get('/api/states/XXX/officials').expect(404);
    const res = await request(app()).get('/api/states/USA/officials').query({ date: '2016-13-40' }).expect(400);
    expect(res.body.error.message).toMatch(/date/);
  });
});

describe('GET /api/people/:id', () => {
  it("has Stoltenberg hold NATO's secretary-generalship from 2014 to 2024, beside his Norwegian premierships", async () => {
    const res = await request(app()).get('/api/people/jens-stoltenberg').expect(200);
    const offices = res.body.offices as Office[];
    expect(offices).toContainEqual(
      expect.objectContaining({
        holderKind: 'Organization',
        holder: 'NATO',
        role: 'head_of_body',
        start: '2014-10-01',
        end: '2024-10-01',
      }),
    );
    expect(offices.some((o) => o.holder === 'NOR' && o.role === 'head_of_government')).toBe(true);
  });

  it('has Blinken as Secretary of State from 2021 to 2025', async () => {
    const res = await request(app()).get('/api/people/antony-blinken').expect(200);
    const sec = (res.body.offices as Office[]).filter(
      (o) => o.holder === 'USA' && o.role === 'minister' && o.portfolio === 'foreign_affairs',
    );
    expect(sec).toHaveLength(1);
    expect(sec[0]?.start?.slice(0, 4)).toBe('2021');
    expect(sec[0]?.end?.slice(0, 4)).toBe('2025');
  });

  it('finds a person by an alias key too', async () => {
    const res = await request(app()).get('/api/people/mohamed-bin-zayed-al-nahyan').expect(200);
    expect(res.body.person.key).toBe('mohammed-bin-zayed-al-nahyan');
  });

  it('is a 404 for no one', async () => {
    await request(app()).get('/api/people/nobody-at-all-here').expect(404);
  });
});

describe('one person, one node', () => {
  it('has Kim Jong-un as one Person with his offices from every data set that names him', async () => {
    const rows = await db().read<{ key: string; sources: string[]; holds: string[] }>(
      `MATCH (p:Person) WHERE p.name =~ '(?i)kim jong[- ]?un' OR any(a IN p.aliases WHERE a =~ '(?i)kim jong[- ]?un')
       RETURN p.key AS key, p.sources AS sources, [(p)-[h:HOLDS]->(s:State) | s.code + ':' + h.role] AS holds`,
    );
    expect(rows.map((r) => r.key)).toEqual(['kim-jong-un']);
    const sources = rows[0]?.sources.map((s) => s.split(':')[0]);
    expect(new Set(sources)).toEqual(new Set(['reign', 'archigos', 'wikidata', 'peppercat']));
    expect(rows[0]?.holds).toContain('PRK:head_of_state');
  });

  it('keeps LEADS and /api/leaders/:id, which now also lists HOLDS', async () => {
    const res = await request(app()).get('/api/leaders/kim-jong-un').expect(200);
    expect(res.body.offices.some((o: { code: string }) => o.code === 'PRK')).toBe(true);
    expect(res.body.holds.some((o: Office) => o.holder === 'PRK' && o.role === 'head_of_state')).toBe(true);
  });
});
