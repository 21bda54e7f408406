import { describe, it, expect } from '@jest/globals';
import { mergeLeaders } from '../../../server/reference/merge-leaders.ts';
import type { LeaderMention } from '../../../server/reference/leader-mention.ts';

const m = (o: Partial<LeaderMention>): LeaderMention => ({
  source: 'reign',
  sourceKey: 'reign:x',
  line: 1,
  name: 'X',
  otherNames: [],
  state: 'USA',
  role: 'effective',
  title: 'Effective leader',
  start: null,
  end: null,
  startPrecise: true,
  endPrecise: true,
  asOf: '2021-03-31',
  ...o,
});

describe('mergeLeaders', () => {
  it('joins a surname-only Archigos spell to the REIGN spell of the same state and time', () => {
    const { leaders, leads } = mergeLeaders([
      m({ name: 'Bill Clinton', start: '1993-01-20', end: '2001-01-20', line: 1 }),
      m({
        source: 'archigos',
        sourceKey: 'archigos:y',
        name: 'Clinton',
        start: '1993-01-20',
        end: '2001-01-20',
        asOf: '2015-12-31',
        line: 2,
      }),
    ]);
    expect(leaders).toHaveLength(1);
    expect(leaders[0]).toMatchObject({ key: 'bill-clinton', aliases: ['Clinton'] });
    expect(leads).toHaveLength(1);
    expect(leads[0]?.sources).toEqual(['reign:x', 'archigos:y']);
  });
  it('joins two sets that give one leader a short and a full first name, but not two people of one surname', () => {
    const spell = { state: 'GRC', start: '2004-03-10', end: '2009-10-06' };
    const { leaders } = mergeLeaders([
      m({ ...spell, name: 'Konstantinos Karamanlis', line: 1 }),
      m({
        ...spell,
        source: 'wikidata-heads',
        sourceKey: 'wd:1',
        name: 'Kostas Karamanlis',
        role: 'head_of_government',
        title: 'Prime Minister',
        line: 2,
      }),
      m({
        ...spell,
        source: 'wikidata-heads',
        sourceKey: 'wd:2',
        name: 'Maria Karamanlis',
        role: 'head_of_government',
        title: 'Prime Minister',
        line: 3,
      }),
    ]);
    expect(leaders.map((l) => l.key).sort()).toEqual(['kostas-karamanlis', 'maria-karamanlis']);
  });
  it('when two different people share a name, the earlier one gets a birth-year suffix', () => {
    const { leaders } = mergeLeaders([
      m({
        name: 'Kim Il Sung',
        state: 'PRK',
        start: '1948-09-09',
        end: '1994-07-08',
        birthYear: 1912,
        personId: 'a',
        line: 1,
      }),
      m({ name: 'Kim Il Sung', state: 'KOR', start: '2030-01-01', end: null, birthYear: 1990, personId: 'b', line: 2 }),
    ]);
    expect(leaders.map((l) => l.key).sort()).toEqual(['kim-il-sung', 'kim-il-sung-1912']);
  });
  it('never merges two Wikidata people with different QIDs', () => {
    const { leaders } = mergeLeaders([
      m({
        source: 'wikidata-peppercat',
        name: 'Pak Pong-ju',
        qid: 'Q1',
        personId: 'wikidata:Q1',
        role: 'head_of_government',
        start: '2003-09-03',
        end: '2007-04-11',
      }),
      m({
        source: 'wikidata-peppercat',
        name: 'Pak Pong-ju',
        qid: 'Q2',
        personId: 'wikidata:Q2',
        role: 'head_of_government',
        start: '2013-04-01',
        end: '2019-04-11',
        line: 2,
      }),
    ]);
    expect(leaders.map((l) => l.key).sort()).toEqual(['pak-pong-ju', 'pak-pong-ju-q1']);
  });
});
