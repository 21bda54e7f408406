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
import { readDataOptions, type DataOptions } from '../config/data-options.ts';
import { loadOfficeLexicon } from './office-lexicon.ts';
import { buildHolderLookup } from './office-holder-lookup.ts';

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

function leadersWithLeads(p: ParsedLeaders) {
  const keys = new Set(p.leads.map((l) => l.leader));
  return p.leaders.filter((l) => keys.has(l.key));
}

export function worldCountries(): WorldCountry[] {
  return createRequire(import.meta.url)('world-countries') as WorldCountry[];
}

export async function buildReferenceContext(
  dataDir: string,
  options: DataOptions = readDataOptions(),
): Promise<ReferenceContext> {
  const read = (p: string) => readFile(join(dataDir, p), 'utf8');
  // the non-commercial set (CC BY-NC 4.0) is left out with STATEGRAPH_NONCOMMERCIAL_DATA=exclude
  const nc = (p: string) => (options.nonCommercial ? read(`noncommercial/${p}`) : Promise.resolve(undefined));
  const [names, states2016, reign, archigos, heads, cameoText] = await Promise.all([
    read('cameo/icews_countrynames.txt'),
    read('states/states2016.csv'),
    read('leaders/reign_leaderlist_3_21.csv'),
    read('leaders/archigos_4.1_spells.csv'),
    read('leaders/heads_wikidata_2024-10.csv'),
    read('cameo/cameo_codes.tsv'),
  ]);
  const [pepper, peppercatHistoric, peppercatCurrent, igoHeads, usCabinet, usExecutive, pocom, phoenix] =
    await Promise.all([
      nc('leaders_hos_hog_fm.csv'),
      nc('peppercat_leaders_historic_2023-01-20.csv'),
      nc('peppercat_current_2025-01-31.csv'),
      read('officials/igo_heads_1990-2025.csv'),
      read('officials/us_cabinet_core_1989-2025.csv'),
      read('officials/us_executive_congress-legislators.yaml'),
      read('officials/us_state_dept_pocom_2026-06.csv'),
      read('phoenix/Phoenix.Countries.actors.txt'),
    ]);
  const countries = worldCountries();
  const icewsNames = parseIcewsCountryNames(names);
  const cow = buildCowMapping(icewsNames, states2016, new Map(countries.map((c) => [c.cca3, c.name.common])));
  const states = parseStates(countries, cow.fromIso, icewsNames);
  const byCode = new Map(states.map((s) => [s.code, s]));
  const byIso2 = new Map(states.map((s) => [s.iso2.toLowerCase(), s.code]));
  const stateOf = buildStateNameIndex(states);
  const stateName = (iso3: string) => byCode.get(iso3)?.name ?? iso3;
  const organizations = parseOrganizations();
  const orgKeys = new Set(organizations.map((o) => o.key));
  const offices = {
    lexicon: loadOfficeLexicon(dataDir),
    holders: buildHolderLookup(stateOf, organizations),
    isBodyKey: (k: string) => orgKeys.has(k),
  };
  const leaders = parseLeaders(
    {
      reign,
      archigos,
      wikidataHeads: heads,
      peppercat: pepper,
      peppercatHistoric,
      peppercatCurrent,
      igoHeads,
      usCabinet,
      usExecutive,
      pocom,
      phoenix,
    },
    { cow, stateOf, isStateCode: (c) => byCode.has(c), offices },
  );
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
      // ICEWS actors resolve to leaders only (people with LEADS), as before the officials were added
      leaderOf: buildLeaderNameIndex(leadersWithLeads(leaders), leaders.leads),
      cameo: indexCameoLabels(cameo),
    },
  };
}
