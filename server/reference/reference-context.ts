// Reads the small reference files and builds the lookups the parsers share:
// states, COW mapping, name indexes, organizations, leaders, CAMEO.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BorderRecord, CameoCode, OrganizationRecord, StateRecord } from '../model/types.ts';
import { parseIcewsCountryNames } from './icews-country-names.ts';
import { buildCowMapping, type CowMapping } from './cow-to-iso.ts';
import { parseStates, type WorldCountry } from './states.ts';
import { parseBorders } from './borders.ts';
import { buildStateNameIndex } from './state-name-index.ts';
import { parseLeaders, type ParsedLeaders } from './leaders.ts';
import { buildOrganizationIndex, parseOrganizations } from './organizations.ts';
import { indexCameoLabels, parseCameoCodes } from './cameo.ts';
import { buildLeaderNameIndex } from './leader-name-index.ts';
import type { IcewsContext } from './icews.ts';

export interface ReferenceContext {
  states: StateRecord[];
  borders: BorderRecord[];
  cow: CowMapping;
  organizations: OrganizationRecord[];
  leaders: ParsedLeaders;
  cameo: CameoCode[];
  icews: IcewsContext;
  iso2to3: (iso2: string) => string | undefined;
  stateName: (iso3: string) => string;
}

export function worldCountries(): WorldCountry[] {
  return createRequire(import.meta.url)('world-countries') as WorldCountry[];
}

export async function buildReferenceContext(dataDir: string): Promise<ReferenceContext> {
  const read = (p: string) => readFile(join(dataDir, p), 'utf8');
  const [names, states2016, reign, archigos, heads, pepper, cameoText] = await Promise.all([
    read('cameo/icews_countrynames.txt'),
    read('states/states2016.csv'),
    read('leaders/reign_leaderlist_3_21.csv'),
    read('leaders/archigos_4.1_spells.csv'),
    read('leaders/heads_wikidata_2024-10.csv'),
    read('leaders/leaders_hos_hog_fm.csv'),
    read('cameo/cameo_codes.tsv'),
  ]);
  const countries = worldCountries();
  const icewsNames = parseIcewsCountryNames(names);
  const cow = buildCowMapping(icewsNames, states2016, new Map(countries.map((c) => [c.cca3, c.name.common])));
  const states = parseStates(countries, cow.fromIso, icewsNames);
  const byCode = new Map(states.map((s) => [s.code, s]));
  const byIso2 = new Map(states.map((s) => [s.iso2.toLowerCase(), s.code]));
  const stateOf = buildStateNameIndex(states);
  const stateName = (iso3: string) => byCode.get(iso3)?.name ?? iso3;
  const leaders = parseLeaders(
    { reign, archigos, wikidataHeads: heads, peppercat: pepper },
    { cow, stateOf, isStateCode: (c) => byCode.has(c) },
  );
  const organizations = parseOrganizations();
  const cameo = parseCameoCodes(cameoText);
  return {
    states,
    borders: parseBorders(countries),
    cow,
    organizations,
    leaders,
    cameo,
    iso2to3: (iso2) => byIso2.get(iso2.toLowerCase()),
    stateName,
    icews: {
      stateOf,
      stateName,
      orgOf: buildOrganizationIndex(organizations),
      leaderOf: buildLeaderNameIndex(leaders.leaders, leaders.leads),
      cameo: indexCameoLabels(cameo),
    },
  };
}
