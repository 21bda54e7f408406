import { describe, expect, it } from '@jest/globals';
import { parsePhoenixPlaces, placesFromAliases } from '../../../server/extract/places-from-aliases.ts';
import { coder } from './support.ts';

const coded = coder('2022-05-01');

// A country block and a person block in the TABARI format of the Phoenix country dictionary, written for this test.
const BLOCKS = [
  'ATLANTIS_',
  '+ATLANTEAN_ ',
  '+POSEIDONIA_ ',
  '+NEW_ARGOS_ON_SEA',
  '+ROYAL_ATLANTEAN_NAVY_',
  '+ATLANTEAN_SECRET_SERVICE',
  '\t[ATLUNR <910824]',
  '\t[ATL >911221]',
  'KING_ATLAS_  # CountryInfo.txt',
  '+ATLAS_THE_GREAT_',
  '\t[ATLGOV 030101-050831]',
  '',
].join('\n');

describe('places from the Phoenix country dictionary', () => {
  it('reads the synonyms of a country block under its current code, leaving out bodies and people', () => {
    const places = parsePhoenixPlaces(BLOCKS);
    expect(places).toContainEqual({ key: 'ATL', name: 'Poseidonia' });
    expect(places).toContainEqual({ key: 'ATL', name: 'New Argos on Sea' });
    expect(places.map((p) => p.name)).not.toContain('Royal Atlantean Navy');
    expect(places.map((p) => p.name)).not.toContain('Atlantean Secret Service');
    expect(places.map((p) => p.name)).not.toContain('Atlas the Great');
  });
  it('finds cities and regions of the shipped dictionary under their state', () => {
    const places = placesFromAliases();
    expect(places).toContainEqual({ key: 'ARE', name: 'Dubai' });
    expect(places).toContainEqual({ key: 'UKR', name: 'Kharkiv' });
    expect(places).toContainEqual({ key: 'IRQ', name: 'Mosul' });
  });
});

describe('a city or region stands for its state only as a place', () => {
  it('makes the state the target of force aimed at its city', () => {
    expect(coded('Iran launched a missile attack on Dubai.')).toEqual(['IRN 19 ARE']);
    expect(coded('Russian forces shelled Kharkiv.')).toEqual(['RUS 19 UKR']);
  });
  it('never makes a city an actor', () => {
    expect(coded('Mosul condemned Turkey.')).toEqual([]);
  });
  it('does not take a place clauses before a passive for its patient', () => {
    expect(coded('The governor of Belgorod says that two men were killed by Ukrainian shelling.')).toEqual([]);
  });
});
