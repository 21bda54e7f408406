// Cities and regions that stand for their state as a place ("a missile attack on Dubai", "troops enter Kharkiv"),
// from the synonyms of each country block of the Phoenix country dictionary (data/phoenix/Phoenix.Countries.actors.txt),
// which list a state's cities and regions beside its other names. Bodies (navies, police, agencies) and words for
// people are left out; names for the state itself are already in the gazetteer and outrank a place.
import { readFileSync } from 'node:fs';
import { loadLexicon } from './lexicon/load-lexicon.ts';

export interface PlaceName {
  /** The state the place lies in (ISO alpha-3). */
  key: string;
  /** As news writes it: "Dubai", "Rostov on Don". */
  name: string;
}

const PHOENIX = new URL('../../data/phoenix/Phoenix.Countries.actors.txt', import.meta.url);

/** "ROSTOV_ON_DON_" → "Rostov on Don": capitalised words, short function words kept lower case. */
function titleCase(words: string[]): string {
  const small = loadLexicon().lists.placeNameParticles;
  return words
    .map((w, i) =>
      i > 0 && small.has(w) ? w : w.replace(/\p{L}+/gu, (x) => (x[0] as string).toUpperCase() + x.slice(1)),
    )
    .join(' ');
}

/** The state of a country block: its last open-ended code line ("[UKR >911221]"), a bare code if none. */
function blockState(codes: string[]): string | null {
  const open = codes.filter((c) => /^[A-Z]{3}( >\d+)?$/.test(c));
  const last = open[open.length - 1];
  return last ? last.slice(0, 3) : null;
}

/** Country blocks of a TABARI actor file: a header without "#" (people carry "# CountryInfo.txt"), "+" synonyms, codes. */
export function parsePhoenixPlaces(text: string): PlaceName[] {
  const lists = loadLexicon().lists;
  const out: PlaceName[] = [];
  let names: string[] | null = null;
  let codes: string[] = [];
  const close = (): void => {
    const key = names ? blockState(codes) : null;
    for (const raw of key ? (names ?? []).slice(1) : []) {
      const words = raw.toLowerCase().split(/_+/).filter(Boolean);
      // "US", "Us of A": a first word of two letters is a code or a pronoun in English text, never read as a place
      if (words.length === 0 || !/^\p{L}{3}/u.test(words[0] as string)) continue;
      // "royal navy", "shin bet security agency", "englishman": a body or a person, not a place
      if (words.some((w) => lists.notPlaceWords.has(w) || /(man|men|woman|women)$/.test(w))) continue;
      if (lists.notPlaceNames.has(words.join(' '))) continue;
      out.push({ key: key as string, name: titleCase(words) });
    }
    names = null;
    codes = [];
  };
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t.startsWith('#')) continue;
    if (!t) {
      close();
      continue;
    }
    const bracket = [...t.matchAll(/\[([^\]]+)\]/g)].map((m) => (m[1] as string).trim());
    if (line.startsWith('+')) names?.push(t.slice(1).replace(/#.*$/, '').replace(/\[.*$/, '').trim());
    else if (/^\s/.test(line)) codes.push(...bracket);
    else {
      close();
      if (!t.includes('#')) {
        names = [t.replace(/\[.*$/, '').trim()];
        codes = bracket;
      }
    }
  }
  close();
  return out;
}

let cached: PlaceName[] | null = null;

/** The shipped dictionary's places, read once. */
export function placesFromAliases(): PlaceName[] {
  cached ??= parsePhoenixPlaces(readFileSync(PHOENIX, 'utf8'));
  return cached;
}
