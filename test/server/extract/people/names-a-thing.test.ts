import { describe, expect, it } from '@jest/globals';
import { buildGazetteer } from '../../../../server/extract/build-gazetteer.ts';
import { extractDocument } from '../../../../server/extract/extract-document.ts';
import { loadGazetteerSources } from '../../../../server/extract/load-gazetteer-sources.ts';
import type { LeaderSpan } from '../../../../server/extract/types.ts';

const span = (key: string, name: string, state: string, start: string, end: string | null): LeaderSpan => ({
  key,
  name,
  aliases: [],
  state,
  role: 'head_of_government',
  title: 'Prime Minister',
  start,
  end,
});
const gaz = buildGazetteer(
  loadGazetteerSources([
    span('rafic-hariri', 'Rafic Hariri', 'LBN', '2000-10-23', '2004-10-21'),
    span('abraham-lincoln', 'Abraham Lincoln', 'USA', '1861-03-04', '1865-04-15'),
    span('jawaharlal-nehru', 'Jawaharlal Nehru', 'IND', '1947-08-15', '1964-05-27'),
  ]),
);
const people = (text: string) =>
  extractDocument({ text, date: '2019-06-01' }, gaz)
    .entities.filter((e) => e.kind === 'Leader')
    .map((e) => e.key);

describe('a person’s name inside the name of a place, an institution or a ship', () => {
  it('is no mention of the person', () => {
    expect(people('Flights resume at Rafic Hariri International Airport in Beirut.')).toEqual([]);
    expect(people('Students protest at the Jawaharlal Nehru University in New Delhi.')).toEqual([]);
    expect(people('The aircraft carrier USS Abraham Lincoln arrives in the Persian Gulf.')).toEqual([]);
    expect(people('Thousands join the anti-Rafic Hariri protests.')).toEqual([]);
  });

  it('leaves the person named on their own, even next to a capitalised word that heads nothing', () => {
    expect(people('Rafic Hariri was killed in Beirut in 2005.')).toEqual(['rafic-hariri']);
    expect(people('Lebanon remembers Rafic Hariri Today, fifteen years on.')).toEqual(['rafic-hariri']);
  });
});
