import { describe, expect, it } from '@jest/globals';
import { extractDocument } from '../../../server/extract/extract-document.ts';
import { coder, testGazetteer } from './support.ts';

const gaz = testGazetteer();
const coded = coder('2022-03-01');

describe('general attribution rules', () => {
  it('gives "it" after "so" to the nearest actor before it', () => {
    expect(coded('Germany sent weapons to Ukraine so it can defend itself against Russian aggression.')).toEqual([
      'DEU 07 UKR',
      'RUS 19 UKR',
      'UKR 19 RUS',
    ]);
  });
  it('takes the actor of an act noun from a demonym before it', () => {
    expect(coded('Japan condemned the Russian invasion of Ukraine.')).toEqual(['JPN 11 RUS', 'RUS 19 UKR']);
  });
  it('lets "condemnation from X" target the clause subject', () => {
    expect(coded('North Korea tested a missile, drawing condemnation from Japan and South Korea.')).toEqual([
      'JPN 11 PRK',
      'KOR 11 PRK',
    ]);
  });
  it('resolves "the two sides" to the last two states named', () => {
    expect(coded('Russia and China are neighbours. The two sides held talks.')).toEqual(['CHN 04 RUS', 'RUS 04 CHN']);
  });
  it('targets whoever carried out the strikes when the strikes are condemned later', () => {
    expect(
      coded('The United States and Britain launched air strikes against Yemen. Iran condemned the strikes.'),
    ).toEqual(['GBR 19 YEM', 'IRN 11 GBR', 'IRN 11 USA', 'USA 19 YEM']);
  });
  it('reads a future conflictual act as a threat', () => {
    expect(coded('The European Union will impose sanctions on Russia.')).toEqual(['EU 13 RUS']);
  });
  it('reads a request as asked for, not done', () => {
    expect(coded('Japan urged China to lift its ban.')).toEqual(['JPN 02 CHN']);
  });
  it('keeps thanking asserted after "I want to"', () => {
    expect(coded('I want to thank Poland for its support.', { speaker: 'Joe Biden' })).toContain('USA 05 POL');
  });
  it('codes no relation for a crash where people were killed', () => {
    expect(
      coded('We send condolences to the families of those killed in the crash in Ukraine.', { speaker: 'Joe Biden' }),
    ).toEqual([]);
  });
  it('does not take the capital of a place for a target of cooperation', () => {
    expect(coded('Russia recognized the independence of two regions in Ukraine.')).toEqual([]);
  });
});

describe('leader names that are one word', () => {
  it('are not read as a full name, so "May" the month names nobody', () => {
    const x = extractDocument({ text: 'In May 2017, Britain left the talks.', date: '2017-06-01' }, gaz);
    expect(x.entities.filter((e) => e.kind === 'Leader')).toEqual([]);
  });
});
