// The one place that touches files: builds GazetteerSources from world-countries,
// the organization table the graph is loaded from, and data/cameo/cameo_codes.tsv. Extraction itself never reads anything.
import countries from 'world-countries';
import type { GazetteerSources } from './build-gazetteer.ts';
import { parseOrganizations } from '../reference/organizations.ts';
import { loadCameoCodes, parseCameoCodes } from '../reference/cameo.ts';
import { statesFromWorldCountries, type CountryLike } from './states-from-world-countries.ts';
import type { LeaderSpan } from './types.ts';
import { placesFromAliases } from './places-from-aliases.ts';
import { loadOfficeLexicon } from '../reference/office-lexicon.ts';
import { projectRoot } from '../config/paths.ts';
import { join } from 'node:path';

/** Default states, organizations and CAMEO table, with the leader spans the caller has. */
export function loadGazetteerSources(leaders: readonly LeaderSpan[], cameoTsv?: string): GazetteerSources {
  return {
    states: statesFromWorldCountries(countries as unknown as CountryLike[]),
    organizations: parseOrganizations(),
    leaders,
    cameo: cameoTsv === undefined ? loadCameoCodes() : parseCameoCodes(cameoTsv),
    // the titles news uses for offices (data/offices/titles.tsv); office spans come with the leaders' source
    titles: loadOfficeLexicon(join(projectRoot, 'data')).titles,
    places: placesFromAliases(),
  };
}
