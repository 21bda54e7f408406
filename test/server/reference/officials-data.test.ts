import { describe, expect, it } from '@jest/globals';
import { readDataOptions } from '../../../server/config/data-options.ts';
import { loadConfig } from '../../../server/config/load-config.ts';
import { parseLeaders } from '../../../server/reference/leaders.ts';
import { variantsCompatible } from '../../../server/reference/leader-variant.ts';
import { loadOfficeLexicon, parseOfficeLexicon } from '../../../server/reference/office-lexicon.ts';
import { buildHolderLookup } from '../../../server/reference/office-holder-lookup.ts';
import { parseOrganizations } from '../../../server/reference/organizations.ts';
import { dataDir } from '../../../server/config/paths.ts';

// Rows copied from the shipped officials files (data/officials CC0, data/noncommercial CC BY-NC 4.0, data/phoenix MIT).
const HISTORIC = `slug,catalog,position,person,personID,start,end,gender,DOB,DOD,image,enwiki
russia,Russia,Minister of Defence,Sergei Shoigu,Q32024,2012-11-06,,male,1955-05-21,,,Sergei Shoigu
russia,Russia,President of Tatarstan,Rustam Minnikhanov,Q1368018,2010-03-25,,male,1957-03-01,,,Rustam Minnikhanov
norway,Norway,Prime Minister,Jens Stoltenberg,Q57665,2005-10-17,2013-10-16,male,1959-03-16,,,Jens Stoltenberg
india,India,ambassador to Nepal,Vinay Mohan Kwatra,Q7932410,2020-03-04,2022-04-30,male,,,,Vinay Mohan Kwatra
`;
const IGO = `org,position,person,wikidata_qid,qid_source,start,end,acting,date_source,note
NATO,Secretary General of NATO,Jens Stoltenberg,Q57665,x,2014-10-01,2024-10-01,,x,
`;
const PHOENIX = `SERGEY_SHOYGU_  # CountryInfo.txt
+SERGEY_KUZHUGETOVICH_SHOYGU_
+DEFENSE_MINISTER_SHOYGU_
\t[RUSGOVMIL >030101]
NOBODY_ELSE_KNOWS_  # CountryInfo.txt
\t[RUSGOV 050101-060101]
`;

const states = new Map([
  ['russia', 'RUS'],
  ['norway', 'NOR'],
  ['india', 'IND'],
  ['nepal', 'NPL'],
]);
const stateOf = (n: string) => states.get(n.toLowerCase());
const ctx = {
  cow: { toIso: new Map(), fromIso: new Map() } as never,
  stateOf,
  isStateCode: (c: string) => [...states.values()].includes(c),
  offices: {
    lexicon: loadOfficeLexicon(dataDir),
    holders: buildHolderLookup(stateOf, parseOrganizations()),
    isBodyKey: (k: string) => k === 'NATO',
  },
};

describe('the officials data', () => {
  const p = parseLeaders({ peppercatHistoric: HISTORIC, igoHeads: IGO, phoenix: PHOENIX }, ctx);
  const holds = (key: string) => p.holds.filter((h) => h.person === key);

  it("merges one person by QID across sets: Stoltenberg holds Norway's premiership and NATO's secretary-generalship", () => {
    expect(
      holds('jens-stoltenberg')
        .map((h) => `${h.holderKind}:${h.holder}:${h.role}`)
        .sort(),
    ).toEqual(['Organization:NATO:head_of_body', 'State:NOR:head_of_government']);
  });

  it('joins a Phoenix spelling to the Wikidata person by state, dates and folded name, and drops officials only Phoenix knows', () => {
    const shoigu = p.leaders.find((l) => l.key === 'sergei-shoigu');
    expect(shoigu?.aliases).toContain('Sergey Shoygu');
    expect(shoigu?.aliases.some((a) => /minister/i.test(a))).toBe(false);
    expect(shoigu?.aliasKeys).toEqual(expect.arrayContaining(['sergei-shoigu', 'sergey-shoygu']));
    expect(p.leaders.some((l) => l.key === 'nobody-else-knows')).toBe(false);
  });

  it('gives a minister a portfolio, an envoy a posting, and leaves out heads of regions', () => {
    expect(holds('sergei-shoigu').find((h) => h.role === 'minister')?.portfolio).toBe('defence');
    expect(holds('vinay-mohan-kwatra')[0]).toMatchObject({ holder: 'IND', role: 'envoy', postedTo: 'NPL' });
    expect(p.leaders.some((l) => l.key === 'rustam-minnikhanov')).toBe(false);
  });

  it('derives LEADS only for heads and foreign ministers of states', () => {
    expect(p.leads.filter((l) => l.leader === 'jens-stoltenberg').map((l) => `${l.state}:${l.role}`)).toEqual([
      'NOR:head_of_government',
    ]);
    expect(p.leads.some((l) => l.leader === 'sergei-shoigu')).toBe(false);
  });
});

describe('spelling variants', () => {
  it.each([
    ['Zelensky', 'Zelenskyy'],
    ['Sergey Shoygu', 'Sergei Shoigu'],
    ['Mohamed bin Zayed', 'Mohammed bin Zayed Al Nahyan'],
  ])('folds %s and %s together', (a, b) => expect(variantsCompatible(a, b)).toBe(true));

  it('keeps different people apart', () => {
    expect(variantsCompatible('Kim Jong-il', 'Kim Jong-un')).toBe(false);
  });
});

describe('the office lexicon', () => {
  it('names the file and line of a bad row', () => {
    expect(() =>
      parseOfficeLexicon(
        'pattern\trole\nminister\tkingpin\n',
        'pattern\tportfolio\n',
        'phrase\trole\tportfolio\tdefault\toffice\n',
      ),
    ).toThrow(/unknown role "kingpin" at positions\.tsv line 2/);
  });
});

describe('STATEGRAPH_NONCOMMERCIAL_DATA', () => {
  it('loads the non-commercial set unless told to exclude it', () => {
    expect(readDataOptions({}).nonCommercial).toBe(true);
    expect(readDataOptions({ STATEGRAPH_NONCOMMERCIAL_DATA: 'exclude' }).nonCommercial).toBe(false);
  });

  it('fails at start-up with the setting named for any other value', () => {
    expect(() => readDataOptions({ STATEGRAPH_NONCOMMERCIAL_DATA: 'no' })).toThrow(/STATEGRAPH_NONCOMMERCIAL_DATA/);
    expect(() => loadConfig({ STATEGRAPH_NONCOMMERCIAL_DATA: 'no' })).toThrow(/STATEGRAPH_NONCOMMERCIAL_DATA/);
  });
});
