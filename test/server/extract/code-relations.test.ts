import { describe, expect, it } from '@jest/globals';
import { extractDocument } from '../../../server/extract/extract-document.ts';
import { coder, testGazetteer } from './support.ts';

const gaz = testGazetteer();
const coded = coder('2022-03-01', { sort: false });

describe('relation coding', () => {
  it('codes subject, cue and target within a sentence', () => {
    expect(coded('Japan condemned China on Monday.')).toEqual(['JPN 11 CHN']);
  });
  it('when a statement is negated, no positive event is coded', () => {
    expect(coded('North Korean athletes did not take part in the Games. Japan did not condemn China.')).toEqual([]);
  });
  it('when a statement is hedged, no event is coded', () => {
    expect(
      coded('Japan may consider sanctions against Russia. If Russia invades Ukraine, the EU would impose sanctions.'),
    ).toEqual([]);
  });
  it('reverses the passive voice', () => {
    expect(coded('Ukraine was attacked by Russia.')).toEqual(['RUS 19 UKR']);
  });
  it('takes the actor of an action noun from a possessive', () => {
    expect(coded("Britain condemned Russia's invasion of Ukraine.").sort()).toEqual(['GBR 11 RUS', 'RUS 19 UKR']);
  });
  it('codes meetings in both directions', () => {
    expect(coded('Joe Biden met with Olaf Scholz in Berlin.').sort()).toEqual(['DEU 04 USA', 'USA 04 DEU']);
  });
  it('gives "I" and "we" to the speaker', () => {
    expect(coded('I strongly condemn the attack on Ukraine by Russia.', { speaker: 'Joe Biden' })).toContain(
      'USA 11 RUS',
    );
  });
  it('resolves a leader by surname after a first mention and maps leaders to their states', () => {
    expect(coded('Vladimir Putin arrived. Later, Putin threatened Ukraine.')).toEqual(['RUS 13 UKR']);
  });
  it('resolves a title to the holder on the article date', () => {
    const x = extractDocument({ text: 'The Russian president met reporters.', date: '2001-05-01' }, gaz);
    expect(x.entities.find((e) => e.kind === 'Leader')?.key).toBe('vladimir-putin');
    const y = extractDocument({ text: 'The Russian president met reporters.', date: '1995-05-01' }, gaz);
    expect(y.entities.find((e) => e.kind === 'Leader')?.key).toBe('boris-yeltsin');
  });
  it('does not read a question as a statement', () => {
    expect(coded('Will China attack Taiwan?')).toEqual([]);
  });
  it('gives each relation its CAMEO quad class and Goldstein score from the table', () => {
    const [r] = extractDocument({ text: 'Japan imposed sanctions on Russia.' }, gaz).relations;
    expect(r).toMatchObject({ cameo: '163', root: '16', quad: 4, goldstein: -8 });
  });
});
