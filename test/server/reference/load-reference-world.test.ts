import { describe, it, expect, beforeAll } from '@jest/globals';
import { loadReferenceWorld, type ReferenceWorld } from '../../../server/reference/load-reference-world.ts';

let w: ReferenceWorld;
beforeAll(async () => {
  w = await loadReferenceWorld();
}, 60_000);

const leadsOf = (key: string, state: string) => w.leads.filter((l) => l.leader === key && l.state === state);

describe('states and borders', () => {
  it('has all 250 world-countries states with their aliases', () => {
    expect(w.states).toHaveLength(250);
    const prk = w.states.find((s) => s.code === 'PRK');
    expect(prk).toMatchObject({ iso2: 'KP', name: 'North Korea', cow: 731, capital: 'Pyongyang', unMember: true });
    expect(prk?.aliases).toEqual(expect.arrayContaining(['DPRK', "Democratic People's Republic of Korea"]));
    expect(w.states.find((s) => s.code === 'USA')?.aliases).toEqual(
      expect.arrayContaining(['USA', 'US', 'America', 'United States of America']),
    );
    expect(w.states.find((s) => s.code === 'GBR')?.aliases).toEqual(expect.arrayContaining(['Britain', 'UK']));
  });
  it('treats the Holy See and Palestine as UN observers, not members', () => {
    for (const c of ['VAT', 'PSE'])
      expect(w.states.find((s) => s.code === c)).toMatchObject({ unMember: false, unObserver: true });
  });
  it('says North Korea borders China, South Korea and Russia, each pair once', () => {
    const prk = w.borders.filter((b) => b.a === 'PRK' || b.b === 'PRK').map((b) => (b.a === 'PRK' ? b.b : b.a));
    expect(prk.sort()).toEqual(['CHN', 'KOR', 'RUS']);
    expect(w.borders.every((b) => b.a < b.b)).toBe(true);
  });
});

describe('leaders', () => {
  it('has Kim Jong-un as one Leader leading North Korea since December 2011', () => {
    expect(w.leaders.filter((l) => l.key.startsWith('kim-jong-un'))).toHaveLength(1);
    const kim = w.leaders.find((l) => l.key === 'kim-jong-un');
    expect(kim?.aliases).toContain('Kim Jong Un');
    expect(leadsOf('kim-jong-un', 'PRK').every((l) => l.start?.startsWith('2011-12'))).toBe(true);
    expect(leadsOf('kim-jong-un', 'PRK').length).toBeGreaterThan(0);
  });
  it('has Xi Jinping leading China since 2012 (effective) and 2013 (president)', () => {
    const xi = leadsOf('xi-jinping', 'CHN');
    expect(xi.find((l) => l.role === 'effective')?.start).toMatch(/^2012-/);
    expect(xi.find((l) => l.role === 'head_of_state')).toMatchObject({
      start: '2013-03-14',
      end: null,
      title: "President of the People's Republic of China",
    });
  });
  it('has Barack Obama leading the United States from 2009-01-20 to 2017-01-20', () => {
    expect(leadsOf('barack-obama', 'USA').find((l) => l.role === 'effective')).toMatchObject({
      start: '2009-01-20',
      end: '2017-01-20',
    });
  });
  it('keeps the two Presidents Bush apart', () => {
    expect(leadsOf('george-w-bush', 'USA').some((l) => l.start?.startsWith('2001'))).toBe(true);
    expect(leadsOf('george-h-w-bush', 'USA').some((l) => l.start?.startsWith('1989'))).toBe(true);
  });
  it('has no duplicate Leader keys, and every LEADS names a known leader and state', () => {
    expect(new Set(w.leaders.map((l) => l.key)).size).toBe(w.leaders.length);
    const states = new Set(w.states.map((s) => s.code));
    const keys = new Set(w.leaders.map((l) => l.key));
    expect(w.leads.filter((l) => !states.has(l.state) || !keys.has(l.leader))).toEqual([]);
  });
});

describe('sanctions and organizations', () => {
  it('has UN-SC1718 issued by the UN Security Council and targeting North Korea', () => {
    expect(w.sanctions.find((s) => s.key === 'UN-SC1718')).toMatchObject({
      kind: 'regime',
      targets: ['PRK'],
      issuer: { kind: 'Organization', key: 'UNSC' },
    });
  });
  it('tags UN-SC1533 with DR Congo, not the Republic of the Congo', () => {
    expect(w.sanctions.find((s) => s.key === 'UN-SC1533')?.targets).toEqual(['COD']);
  });
  it('has Resolution 2270 (2016) as an amendment of the 1718 regime', () => {
    expect(w.sanctions.find((s) => s.key === 'UNSCR-2270')).toMatchObject({
      kind: 'resolution',
      regime: 'UN-SC1718',
      year: 2016,
      targets: ['PRK'],
    });
  });
  it('gives an OFAC programme the United States as issuer', () => {
    const ofac = w.sanctions.find((s) => s.issuerBody?.includes('Foreign Assets Control'));
    expect(ofac?.issuer).toMatchObject({ kind: 'State', key: 'USA' });
  });
  it('has the UN Security Council under the UN, and KCNA belonging to North Korea', () => {
    expect(w.organizations.find((o) => o.key === 'UNSC')?.parent).toBe('UN');
    expect(w.organizations.find((o) => o.key === 'KCNA')).toMatchObject({ kind: 'news_agency', state: 'PRK' });
  });
});

describe('ICEWS events', () => {
  it('loads each event once: the 2014 rows repeated in the 2005-2015 files are not loaded twice', () => {
    expect(new Set(w.events.map((e) => e.id)).size).toBe(w.events.length);
    expect(w.events.length).toBe(108_756); // 110,271 rows - 1,515 repeats
  });
  it('resolves states, sectors, organizations and leaders, with CAMEO code and source', () => {
    const e = w.events.find((x) => x.actor.kind === 'State' && x.actor.key === 'CHN' && x.target.key === 'PRK');
    expect(e).toMatchObject({ provenance: { source: expect.stringMatching(/^icews:icews_/) } });
    expect(e?.cameo).toMatch(/^\d{2,4}$/);
    const sector = w.events.find((x) => x.actorSector === 'Foreign Affairs' && x.actor.key === 'RUS');
    expect(sector?.actor.kind).toBe('State');
    expect(w.events.some((x) => x.actor.kind === 'Organization' && x.actor.key === 'UNSC')).toBe(true);
    expect(w.events.some((x) => x.actor.kind === 'Leader' && x.actor.key === 'barack-obama')).toBe(true);
  });
  it('codes the misspelt "Threaten with repression" as 137', () => {
    const e = w.events.find((x) => x.label === 'Threaten with repression');
    if (e) expect(e).toMatchObject({ cameo: '137', root: '13', quad: 3 });
  });
});
