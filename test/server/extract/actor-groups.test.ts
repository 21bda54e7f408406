// Coordinated actors, joint statements, symmetric events and indirect references
// to a state. Example sentences written for these tests.
import { describe, expect, it } from '@jest/globals';
import { extractDocument } from '../../../server/extract/extract-document.ts';
import { coder, testGazetteer } from './support.ts';

const gaz = testGazetteer();
const coded = coder('2023-03-01');

describe('coordinated lists of states', () => {
  it('distributes an act over every member of an Oxford-comma list of actors', () => {
    expect(coded('Hungary, Slovakia, and Austria condemned Serbia.')).toEqual([
      'AUT 11 SRB',
      'HUN 11 SRB',
      'SVK 11 SRB',
    ]);
  });
  it('distributes over a list of targets that ends in a body', () => {
    expect(coded('Canada sent weapons to Ghana, Togo, and the EU.')).toEqual(['CAN 07 EU', 'CAN 07 GHA', 'CAN 07 TGO']);
  });
  it('does not take ", and" after a target for a list when a new clause follows', () => {
    expect(coded('Morocco recalled its ambassador from Algeria, and Tunisia expelled two Libyan diplomats.')).toEqual([
      'MAR 16 DZA',
      'TUN 16 LBY',
    ]);
  });
});

describe('joint statements', () => {
  it('makes "we" every co-signer named with the joint statement', () => {
    expect(
      coded('Chile and Peru issued a joint statement on Monday. “We condemn Venezuela for the arrests,” it said.'),
    ).toEqual(['CHL 11 VEN', 'PER 11 VEN']);
  });
  it('reads the co-signers from the title', () => {
    expect(coded('We call on Sudan to end the fighting.', { title: 'Joint statement of Kenya and Ethiopia' })).toEqual([
      'ETH 02 SDN',
      'KEN 02 SDN',
    ]);
  });
  it('answers a joint act to every one of its actors', () => {
    expect(coded('Chile and Peru condemned Venezuela. Caracas rejected the criticism.')).toEqual([
      'CHL 11 VEN',
      'PER 11 VEN',
      'VEN 12 CHL',
      'VEN 12 PER',
    ]);
  });
});

describe('symmetric events', () => {
  it('codes "exchanged fire" both ways', () => {
    expect(coded('India and Pakistan exchanged fire across the line of control.')).toEqual([
      'IND 19 PAK',
      'PAK 19 IND',
    ]);
  });
  it('codes "each accused the other" and "blamed each other" both ways', () => {
    expect(coded('Baku and Yerevan each accused the other of violating the truce.')).toEqual([
      'ARM 11 AZE',
      'AZE 11 ARM',
    ]);
    expect(coded('Ecuador and Colombia blamed each other for the violence.')).toEqual(['COL 11 ECU', 'ECU 11 COL']);
  });
  it('codes a clash between demonym-named forces both ways', () => {
    expect(coded('Armenian and Azerbaijani troops clashed on the border.')).toEqual(['ARM 19 AZE', 'AZE 19 ARM']);
  });
  it('codes a hosted visit both ways', () => {
    expect(coded('Vietnam hosted a delegation from Laos.')).toEqual(['LAO 04 VNM', 'VNM 04 LAO']);
  });
  it('lets "both sides" mean the two states before the sentence, not its own subject', () => {
    expect(coded('Sudan and Chad clashed on Monday. Egypt urged both sides to show restraint.')).toEqual([
      'EGY 02 SDN',
      'EGY 02 TCD',
      'SDN 19 TCD',
      'TCD 19 SDN',
    ]);
  });
  it('codes joint drills of coordinated states as cooperation both ways', () => {
    expect(coded('Vietnam and Cambodia held joint naval drills.')).toEqual(['KHM 06 VNM', 'VNM 06 KHM']);
  });
});

describe('indirect references to a state', () => {
  it('reads a ministry or officials named by a demonym or possessive as the state', () => {
    expect(coded('The Russian Defence Ministry accused Georgia of provocations.')).toEqual(['RUS 11 GEO']);
    expect(coded("Iran's foreign ministry condemned Bahrain on Sunday.")).toEqual(['IRN 11 BHR']);
    expect(coded('Chinese officials criticized Australia.')).toEqual(['CHN 11 AUS']);
  });
  it('reads a capital in subject position as the government', () => {
    expect(coded('Tashkent accused Bishkek of a border incursion.')).toEqual(['UZB 11 KGZ']);
  });
  it('knows the short demonyms news uses for Central Asian states', () => {
    expect(coded('Kyrgyz and Tajik border guards exchanged fire.')).toEqual(['KGZ 19 TJK', 'TJK 19 KGZ']);
  });
  it('does not give an act noun to a demonym of another noun phrase', () => {
    expect(coded('Peru accused Bolivia. The Bolivian government rejected the accusation.')).toEqual([
      'BOL 12 PER',
      'PER 11 BOL',
    ]);
  });
});

describe('international bodies', () => {
  it('treats a body after "at" as a place', () => {
    expect(coded('Speaking at the UN, Brazil condemned Israel.')).toEqual(['BRA 11 ISR']);
    const x = extractDocument({ text: 'At the UN, Mexico urged Cuba to free the prisoners.', date: '2023-03-01' }, gaz);
    expect(x.relations.some((r) => r.source.key === 'UN' || r.target.key === 'UN')).toBe(false);
  });
  it('lets a body act when it is the subject', () => {
    expect(coded('NATO condemned Belarus.')).toEqual(['NATO 11 BLR']);
  });
});
