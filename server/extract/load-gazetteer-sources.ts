// The one place that touches files: builds GazetteerSources from world-countries,
// the organization table the graph is loaded from, and data/cameo/cameo_codes.tsv. Extraction itself never reads anything.
import { readFileSync } from 'node:fs';
import countries from 'world-countries';
import type { GazetteerSources } from './build-gazetteer.ts';
import { parseOrganizations } from '../reference/organizations.ts';
import { parseCameoCodes } from './parse-cameo-codes.ts';
import { statesFromWorldCountries, type CountryLike } from './states-from-world-countries.ts';
import type { LeaderSpan } from './types.ts';

export const CAMEO_TSV_URL = new URL('../../data/cameo/cameo_codes.tsv', import.meta.url);

/** Default states, organizations and CAMEO table, with the leader spans the caller has. */
export function loadGazetteerSources(leaders: readonly LeaderSpan[], cameoTsv?: string): GazetteerSources {
  const tsv = cameoTsv ?? readFileSync(CAMEO_TSV_URL, 'utf8');
  return {
    states: statesFromWorldCountries(countries as unknown as CountryLike[]),
    organizations: parseOrganizations(),
    leaders,
    cameo: parseCameoCodes(tsv),
  };
}
