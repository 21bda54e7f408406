// State names for the gazetteer from the `world-countries` package (ODbL-1.0),
// plus the short forms news uses that the package lacks.
import { loadLexicon } from './lexicon/load-lexicon.ts';
import { foldToken } from './tokenize.ts';

export interface GazetteerState {
  key: string; // ISO alpha-3
  name: string;
  official: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  /** UN members win when two entries share an alias ("American": USA over MNP). */
  priority: number;
}

/** The subset of a world-countries entry this module reads. */
export interface CountryLike {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms: { [lang: string]: { f: string; m: string } | undefined };
  unMember: boolean;
  independent?: boolean;
}

/** Aliases news uses that world-countries lacks or spells differently. */
export const EXTRA_STATE_ALIASES: Record<string, string[]> = {
  USA: ['United States', 'U.S.', 'U.S.A.', 'America', 'the States'],
  GBR: ['Britain', 'U.K.', 'England'],
  PRK: ['DPRK', 'D.P.R.K.', 'North Korea'],
  KOR: ['ROK', 'Republic of Korea', 'South Korea'],
  CHN: ['PRC', "People's Republic of China", 'Mainland China'],
  RUS: ['Russian Federation'],
  IRN: ['Islamic Republic of Iran', 'Persia'],
  SYR: ['Syrian Arab Republic'],
  VNM: ['Viet Nam'],
  COD: ['DR Congo', 'DRC', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  COG: ['Congo-Brazzaville'],
  MMR: ['Burma'],
  CIV: ['Ivory Coast'],
  CZE: ['Czech Republic'],
  TUR: ['Turkey', 'Türkiye'],
  MKD: ['Macedonia'],
  VAT: ['Holy See', 'Vatican'],
  PSE: ['Palestinian territories'],
  ARE: ['UAE', 'Emirates'],
  NLD: ['Holland'],
  TWN: ['Republic of China'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ['American', 'U.S.', 'US'],
  GBR: ['British'],
  KOR: ['South Korean'],
  PRK: ['North Korean'],
  NLD: ['Dutch'],
  COD: ['Congolese'],
  // The short forms news uses where world-countries has the older or longer ones ("Kirghiz", "Kazakhstani").
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik'],
  KAZ: ['Kazakh'],
  UZB: ['Uzbek'],
  SAU: ['Saudi'],
  PHL: ['Philippine'],
  NZL: ['New Zealand'],
  BIH: ['Bosnian'],
};
const EXTRA_CAPITALS: Record<string, string[]> = {
  USA: ['Washington'],
  UKR: ['Kiev', 'Kyiv'],
  IND: ['New Delhi'],
  ISR: ['Jerusalem'],
  NLD: ['The Hague'],
};
/** Alternative spellings that are not names in English text (two-letter codes, "Korea, Democratic People's Republic of"). */
function usableAlias(a: string): boolean {
  if (a.length <= 2) return a === 'US' || a === 'UK';
  // "Ísland" folds to "island": an alias that is a common word once folded names no state in English text.
  return !a.includes(',') && !loadLexicon().lists.notStateNames.has(foldToken(a));
}

/** One GazetteerState per world-countries entry (250). */
export function statesFromWorldCountries(countries: readonly CountryLike[]): GazetteerState[] {
  return countries.map((c) => {
    const eng = c.demonyms.eng;
    const demonyms = new Set<string>([...(eng ? [eng.m, eng.f] : []), ...(EXTRA_DEMONYMS[c.cca3] ?? [])]);
    // "Slovakia" → "Slovakian", "Georgia" → "Georgian": the -n adjective news also uses.
    if (/[^aeiou\s]ia$/.test(c.name.common)) demonyms.add(`${c.name.common}n`);
    const aliases = new Set<string>([...c.altSpellings.filter(usableAlias), ...(EXTRA_STATE_ALIASES[c.cca3] ?? [])]);
    return {
      key: c.cca3,
      name: c.name.common,
      official: c.name.official,
      aliases: [...aliases],
      demonyms: [...demonyms].filter(Boolean),
      capitals: [...c.capital, ...(EXTRA_CAPITALS[c.cca3] ?? [])],
      priority: c.unMember ? 2 : c.independent ? 1 : 0,
    };
  });
}
