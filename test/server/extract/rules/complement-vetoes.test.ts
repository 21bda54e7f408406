// The vetoes of server/extract/rules/complement-vetoes.ts on sentences written for these tests (never taken from
// an evaluation set): an act that is asked for, accused, named or only modifying another noun is not coded.
import { describe, expect, it } from '@jest/globals';
import { statesFromWorldCountries } from '../../../../server/extract/states-from-world-countries.ts';
import { coder } from '../support.ts';

const coded = coder('2022-05-01');

describe('acts that are asked for', () => {
  it('codes the appeal and not the act it asks for, through a coordinated addressee', () => {
    expect(coded('Kenya urged Uganda and Rwanda to withdraw their forces from Congo.')).toEqual([
      'KEN 02 RWA',
      'KEN 02 UGA',
    ]);
    expect(coded('Norway asked Sweden to expel the Russian diplomats.')).toEqual(['NOR 02 SWE']);
  });
  it('still codes a first-person wish to thank as the thanks it performs', () => {
    expect(coded('I want to thank Ghana for its help.', 'Joe Biden')).toEqual(['USA 05 GHA']);
  });
  it('does not take the addressee of a passive order for its author', () => {
    expect(coded('The envoy of Mali was told to leave Niger.')).toEqual([]);
  });
  it('keeps an act done after an appeal was made', () => {
    expect(coded('Chile urged Peru to talk, and Peru attacked Bolivia.')).toEqual(['CHL 02 PER', 'PER 19 BOL']);
  });
});

describe('acts an accuser names', () => {
  it('codes the accusation and not the accused act', () => {
    expect(coded('Serbia accused Croatia of shelling its villages.')).toEqual(['SRB 11 HRV']);
    expect(coded('Armenia blamed the Azerbaijani offensive for the deaths.')).toEqual(['ARM 11 AZE']);
  });
});

describe('names, modifiers and accidents', () => {
  it('reads a capitalised war inside a name as the name of a conflict', () => {
    expect(coded('Veterans of the 1999 Kosovo War met in Vienna.')).toEqual([]);
  });
  it('reads an event noun before another noun as its modifier', () => {
    expect(coded('Chad announced travel restrictions on Sudanese officials.')).toEqual([]);
  });
  it('codes no act of force done by accident', () => {
    expect(coded('Indian jets mistakenly bombed a Nepalese village.')).toEqual([]);
    expect(coded('Indian jets bombed a Nepalese village.')).toEqual(['IND 19 NPL']);
    expect(coded('A Sudanese man was arrested by Chad.')).toEqual([]);
    expect(coded('Chad welcomed the Sudanese people.')).toEqual(['TCD 05 SDN']);
  });
  it('codes a killing by a state as force, as PETRARCH2 codes KILL', () => {
    expect(coded('Eritrean troops killed Ethiopian soldiers.')).toEqual(['ERI 19 ETH']);
  });
});

describe('state names', () => {
  it('does not take a common word that is a folded native name ("Ísland") for a state', () => {
    const [iceland] = statesFromWorldCountries([
      {
        cca3: 'ISL',
        name: { common: 'Iceland', official: 'Iceland' },
        altSpellings: ['IS', 'Island', 'Republic of Iceland', 'Lýðveldið Ísland'],
        capital: ['Reykjavik'],
        demonyms: { eng: { m: 'Icelander', f: 'Icelander' } },
        unMember: true,
        independent: true,
      },
    ]);
    expect(iceland?.aliases).toEqual(['Republic of Iceland', 'Lýðveldið Ísland']);
  });
});

describe('armed groups, participles and gerunds', () => {
  it('codes no force against the state where a named armed group is hit', () => {
    expect(coded('Israeli jets struck Hezbollah positions in southern Lebanon.')).toEqual([]);
    expect(coded('Israeli jets struck positions in southern Lebanon.')).toEqual(['ISR 19 LBN']);
  });
  it('takes no state for an actor inside an armed group name', () => {
    expect(coded('Jordan condemned the Islamic State of Iraq and the Levant.')).toEqual([]);
  });
  it('reads a participle inside a noun phrase as describing the noun, and a verb after an adverb as a verb', () => {
    expect(coded("Yemen's internationally recognized government praised Oman.")).toEqual(['YEM 05 OMN']);
    expect(coded('Russian warplanes indiscriminately bombed villages in Georgia.')).toEqual(['RUS 19 GEO']);
  });
  it('gives a subjectless gerund the subject of its sentence, and no state when that is a militia', () => {
    expect(coded('Armed militants wounded Malian soldiers while attacking a camp in Niger.')).toEqual([]);
  });
});

describe('one person of a state', () => {
  it('reads a civilian named in the singular as a person, and civilians in general as their state', () => {
    expect(coded('Police in Chad arrested a Sudanese man.')).toEqual([]);
    expect(coded('Chad arrested Sudanese civilians.')).toEqual(['TCD 17 SDN']);
    expect(coded('Indian jets bombed a Nepalese village.')).toEqual(['IND 19 NPL']);
    expect(coded('A Sudanese man was arrested by Chad.')).toEqual([]);
    expect(coded('Chad welcomed the Sudanese people.')).toEqual(['TCD 05 SDN']);
  });
  it('codes a killing by a state as force, as PETRARCH2 codes KILL', () => {
    expect(coded('Eritrean troops killed Ethiopian soldiers.')).toEqual(['ERI 19 ETH']);
  });
});

describe('agreements', () => {
  it('codes agreeing to a thing as an agreement both ways and agreeing to do as intent', () => {
    expect(coded('Ghana and Togo agreed to a truce.')).toEqual(['GHA 05 TGO', 'TGO 05 GHA']);
    expect(coded('Ghana and Togo agreed to talk.')).toEqual(['GHA 03 TGO', 'TGO 03 GHA']);
  });
});
