// Cue words and their roots: hosting, recalls and closures, asset freezes, aid,
// threats, rejections, orders, military posture. Example sentences written for these tests.
import { describe, expect, it } from '@jest/globals';
import { inflect } from '../../../server/extract/find-cues.ts';
import { coder } from './support.ts';

const coded = coder('2023-03-01');

describe('consult and reduce relations', () => {
  it('reads "welcomed X to the White House" as hosting, both ways', () => {
    expect(coded('Washington welcomed a Ghanaian delegation to the White House.')).toEqual([
      'GHA 04 USA',
      'USA 04 GHA',
    ]);
  });
  it('codes a recalled ambassador, a closure of consulates and expelled diplomats as 16', () => {
    expect(coded('Algeria recalled its ambassador from Spain.')).toEqual(['DZA 16 ESP']);
    expect(coded('Lima ordered the closure of the Bolivian and Chilean consulates.')).toEqual([
      'PER 16 BOL',
      'PER 16 CHL',
    ]);
    expect(coded('Estonia expelled two Russian diplomats.')).toEqual(['EST 16 RUS']);
  });
  it('codes frozen or immobilized sovereign assets as 16', () => {
    expect(coded('Japan and Canada immobilized Russian sovereign assets.')).toEqual(['CAN 16 RUS', 'JPN 16 RUS']);
  });
  it('doubles a final l in inflections ("expelled", "cancelled")', () => {
    expect(inflect('expel')).toContain('expelled');
  });
});

describe('aid, political support and intent', () => {
  it('codes sent rescuers, dispatched teams and pledged aid as material aid (07)', () => {
    expect(coded('Algeria sent rescuers to Morocco.')).toEqual(['DZA 07 MAR']);
    expect(coded('Jordan dispatched humanitarian teams to Lebanon.')).toEqual(['JOR 07 LBN']);
    expect(coded('Qatar pledged $20 million in aid to Sudan.')).toEqual(['QAT 07 SDN']);
  });
  it('keeps voiced support political (05) beside a pledge of aid (07)', () => {
    expect(coded('Spain voiced support for Chile and pledged humanitarian aid to Santiago.')).toEqual([
      'ESP 05 CHL',
      'ESP 07 CHL',
    ]);
  });
  it('reads a future sanction as a threat and an imposed one as a sanction', () => {
    expect(coded('Australia will impose sanctions on Myanmar.')).toEqual(['AUS 13 MMR']);
    expect(coded('Australia imposed sanctions on Myanmar.')).toEqual(['AUS 16 MMR']);
  });
  it('codes "has threatened" and "warned of consequences" as threats', () => {
    expect(coded('Serbia has threatened Kosovo with retaliation.')).toEqual(['SRB 13 UNK']); // world-countries keys Kosovo as UNK
    expect(coded('Ankara warned Athens of consequences.')).toEqual(['TUR 13 GRC']);
  });
});

describe('rejection and demands', () => {
  it('reads "does not recognise" and "has no legitimacy" as rejection (12)', () => {
    expect(coded('Ukraine does not recognise the Belarusian regime.')).toEqual(['UKR 12 BLR']);
    expect(coded('Britain said the Venezuelan government has no legitimacy.')).toEqual(['GBR 12 VEN']);
  });
  it('does not read non-recognition of a territory as rejecting its state', () => {
    expect(coded('Norway will never recognize Georgian territory as anything but Georgian.')).toEqual([]);
  });
  it('does not read a participle after an article as an act ("a detained journalist")', () => {
    expect(coded('Mexico asked about a detained Cuban journalist.')).toEqual([]);
  });
  it('reads an order at the head of a quote as a demand on whom it is told to', () => {
    expect(coded('“Release them immediately,” the Dutch foreign minister told Iran.')).toEqual(['NLD 10 IRN']);
  });
  it("reads an order in a statement as the speaker's demand on the state just named", () => {
    expect(coded('Iran is holding two Americans. Release them immediately.', 'Joe Biden')).toEqual(['USA 10 IRN']);
  });
  it('takes the addressee of a demand from the "that" clause', () => {
    expect(coded('Egypt demanded on Sunday that Ethiopia halt the filling of the dam.')).toEqual(['EGY 10 ETH']);
    expect(coded('Moscow demanded guarantees that NATO would not expand.')).toEqual([]);
  });
});

describe('military posture', () => {
  it('codes drills near a state and troops deployed to it as 15', () => {
    expect(coded('China staged naval drills near the Philippines.')).toEqual(['CHN 15 PHL']);
    expect(coded('Belarus deployed troops to its border with Lithuania.')).toEqual(['BLR 15 LTU']);
  });
  it('does not read joint drills as posture', () => {
    expect(coded('Russia and Belarus held joint military drills near Poland.')).not.toContain('RUS 15 POL');
  });
});
