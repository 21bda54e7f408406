// Land borders from world-countries, one record per unordered pair (a < b).
import type { BorderRecord } from '../model/types.ts';
import { STATES_SOURCE, type WorldCountry } from './states.ts';

export function parseBorders(countries: readonly WorldCountry[]): BorderRecord[] {
  const codes = new Set(countries.map((c) => c.cca3));
  const pairs = new Set<string>();
  for (const c of countries)
    for (const b of c.borders) {
      if (!codes.has(b) || b === c.cca3) continue;
      pairs.add(c.cca3 < b ? `${c.cca3}|${b}` : `${b}|${c.cca3}`);
    }
  return [...pairs].sort().map((p) => {
    const [a = '', b = ''] = p.split('|');
    return { a, b, source: STATES_SOURCE };
  });
}
