// Correlates of War state codes -> ISO alpha-3. Sources, in order: the ICEWS
// country table (current states), COW states2016 names matched to
// world-countries names, then a hand table for historic codes. A historic
// state maps to the present state that continues it in law (West Germany ->
// DEU, USSR 365 -> RUS, Yugoslavia 345 -> SRB, Yemen Arab Republic 678 -> YEM,
// Czechoslovakia 315 -> CZE); states absorbed without a continuator (GDR,
// South Yemen, South Vietnam, Zanzibar, pre-1871 German states…) map to null
// and their leader spells are skipped.
import { parseCsv } from './parse-csv.ts';
import type { IcewsCountryName } from './icews-country-names.ts';

const HISTORIC_COW: Record<number, string | null> = {
  260: 'DEU', // German Federal Republic 1955-1990
  265: null, // German Democratic Republic
  300: 'AUT', // Austria-Hungary 1816-1918
  315: 'CZE', // Czechoslovakia
  340: 'SRB', // Serbia before 1918 (Archigos)
  345: 'SRB', // Yugoslavia / Serbia and Montenegro / Serbia
  347: 'UNK', // Kosovo
  365: 'RUS', // USSR / Russia
  438: 'GIN', // Guinea (blank in the ICEWS table)
  511: null, // Zanzibar 1963-1964
  563: null, // Transvaal (Archigos)
  564: null, // Orange Free State (Archigos)
  678: 'YEM', // Yemen Arab Republic
  679: 'YEM', // Yemen
  680: null, // Yemen People's Republic
  711: null, // Tibet (Archigos, to 1950)
  730: null, // Korea 1887-1905, before the division
  815: 'VNM', // Vietnam (Annam) before 1893 (Archigos)
  816: 'VNM', // (North) Vietnam / Vietnam
  817: null, // Republic of Vietnam
  860: 'TLS', // East Timor
};
const OLD_GERMAN_STATES = [240, 245, 267, 269, 271, 273, 275, 280, 329, 332, 335, 337];

export interface CowMapping {
  /** COW code -> ISO3, or null for a known state without a present successor. */
  toIso: Map<number, string | null>;
  /** ISO3 -> the present COW code. */
  fromIso: Map<string, number>;
}

export function buildCowMapping(
  icews: IcewsCountryName[],
  states2016Csv: string,
  isoNames: Map<string, string>,
): CowMapping {
  const toIso = new Map<number, string | null>();
  const fromIso = new Map<string, number>();
  for (const r of icews) {
    if (r.cow === null || r.iso3 === null || !isoNames.has(r.iso3)) continue;
    if (!toIso.has(r.cow)) toIso.set(r.cow, r.iso3);
    if (!fromIso.has(r.iso3)) fromIso.set(r.iso3, r.cow);
  }
  // names of world-countries, lower-cased, for the COW state names
  const byName = new Map<string, string>();
  for (const [iso, name] of isoNames) byName.set(name.toLowerCase(), iso);
  for (const rec of parseCsv(states2016Csv, 'states2016.csv').records) {
    const cow = Number(rec.get('ccode'));
    if (toIso.has(cow) || cow in HISTORIC_COW) continue;
    const iso = byName.get(rec.get('statenme').toLowerCase());
    if (iso) toIso.set(cow, iso);
  }
  for (const [k, v] of Object.entries(HISTORIC_COW)) toIso.set(Number(k), v);
  for (const k of OLD_GERMAN_STATES) toIso.set(k, null);
  if (!fromIso.has('GIN')) fromIso.set('GIN', 438); // blank in the ICEWS table
  return { toIso, fromIso };
}
