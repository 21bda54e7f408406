import { describe, expect, it } from '@jest/globals';
import { buildGazetteer } from '../../../../server/extract/build-gazetteer.ts';
import { extractDocument } from '../../../../server/extract/extract-document.ts';
import { loadGazetteerSources } from '../../../../server/extract/load-gazetteer-sources.ts';
import type { LeaderSpan } from '../../../../server/extract/types.ts';

const LEADERS: LeaderSpan[] = [
  {
    key: 'morshed-khan',
    name: 'Morshed Khan',
    aliases: [],
    state: 'BGD',
    role: 'foreign_minister',
    title: 'Minister of Foreign Affairs',
    start: '2001-11-14',
    end: '2006-10-29',
  },
];
const gaz = buildGazetteer(loadGazetteerSources(LEADERS));
const people = (text: string) =>
  extractDocument({ text, date: '2004-11-17' }, gaz)
    .entities.filter((e) => e.kind === 'Leader')
    .map((e) => e.key);

describe('a surname inside another name', () => {
  it('is not the person of that surname', () => {
    expect(people('Pakistani scientist Abdul Qadeer Khan gave Iran a bomb design.')).toEqual([]);
  });

  it('still is after a title, a state word or a short form of their own first name', () => {
    expect(people('Foreign Minister Khan met the envoy.')).toEqual(['morshed-khan']);
    expect(people('The talks went on. Bangladeshi Khan said no.')).toEqual(['morshed-khan']);
    expect(people('The talks went on. Then Mo Khan said no.')).toEqual(['morshed-khan']);
  });
});
