// world-countries entries -> StateRecord. UN membership follows the UN: the
// Holy See and Palestine are observer states (world-countries marks the Holy
// See as a member).
import type { StateRecord } from '../model/types.ts';
import { EXTRA_STATE_ALIASES, UN_OBSERVERS } from './state-aliases.ts';
import type { IcewsCountryName } from './icews-country-names.ts';
import { pushTo } from '../util/push-to.ts';

/** The part of a world-countries entry that is used. */
export interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  ccn3: string;
  cca3: string;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
  latlng: [number, number];
  demonyms?: Record<string, { f: string; m: string }>;
  borders: string[];
}

export const STATES_SOURCE = 'npm:world-countries@5.1.0';

export function parseStates(
  countries: readonly WorldCountry[],
  cowFromIso: Map<string, number> = new Map(),
  icewsNames: readonly IcewsCountryName[] = [],
): StateRecord[] {
  const icewsByIso = new Map<string, string[]>();
  for (const r of icewsNames) if (r.iso3 && r.iso3.length === 3) pushTo(icewsByIso, r.iso3, r.name);
  const out: StateRecord[] = countries.map((c) => {
    const name = c.name.common;
    const seen = new Set<string>([name.toLowerCase()]);
    const aliases: string[] = [];
    const add = (a: string | undefined, skipIso2 = true) => {
      const t = a?.trim();
      // the bare alpha-2 of altSpellings ("KP") is noise; the table's "US"/"UK" are names
      if (!t || (skipIso2 && t === c.cca2) || seen.has(t.toLowerCase())) return;
      seen.add(t.toLowerCase());
      aliases.push(t);
    };
    add(c.name.official);
    for (const a of EXTRA_STATE_ALIASES[c.cca3] ?? []) add(a, false);
    for (const a of c.altSpellings) add(a);
    for (const n of Object.values(c.name.native ?? {})) {
      add(n.common);
      add(n.official);
    }
    for (const a of icewsByIso.get(c.cca3) ?? []) add(a);
    const eng = c.demonyms?.['eng'];
    const demonyms = eng ? [...new Set([eng.m, eng.f].filter(Boolean))] : [];
    const observer = UN_OBSERVERS.has(c.cca3);
    const rec: StateRecord = {
      code: c.cca3,
      iso2: c.cca2,
      name,
      official: c.name.official,
      aliases,
      demonyms,
      region: c.region,
      subregion: c.subregion,
      unMember: c.unMember && !observer,
      unObserver: observer,
      source: STATES_SOURCE,
    };
    if (c.ccn3) rec.numeric = c.ccn3;
    const cow = cowFromIso.get(c.cca3);
    if (cow !== undefined) rec.cow = cow;
    if (c.capital[0]) rec.capital = c.capital[0];
    if (c.latlng?.length === 2) [rec.lat, rec.lon] = c.latlng;
    return rec;
  });
  return out.sort((a, b) => (a.code < b.code ? -1 : 1));
}
