// A person's name in a spelling the data sets do not have ("Mohamed bin Zayed" for "Mohammed bin
// Zayed Al Nahyan", "Zelenskyy" forms): two to six capitalised words whose variant-folded form
// (reference/leader-variant.ts) is the name of exactly one person.
import type { Gazetteer } from '../build-gazetteer.ts';
import type { Token } from '../tokenize.ts';
import { variantName } from '../../reference/leader-variant.ts';

const LINKS = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'van', 'von', 'der', 'da', 'di', 'la', 'le', 'du']);

/** The person and the token index after their name, or null. */
export function matchNameVariant(gaz: Gazetteer, tokens: Token[], i: number): { key: string; to: number } | null {
  const idx = gaz.offices;
  const first = tokens[i];
  if (!idx || !first?.word || !/^\p{Lu}/u.test(first.text)) return null;
  const words: string[] = [];
  const ends: number[] = [];
  let j = i;
  while (j < tokens.length && words.length < 6) {
    const t = tokens[j] as Token;
    if (!t.word) {
      if ((t.text === '-' || t.text === "'") && !t.spaced && tokens[j + 1]?.word && !tokens[j + 1]?.spaced) {
        j++;
        continue;
      }
      break;
    }
    if (!/^\p{Lu}/u.test(t.text) && !LINKS.has(t.fold)) break;
    words.push(t.text);
    j++;
    ends.push(j);
  }
  for (let n = words.length; n >= 2; n--) {
    const key = idx.variants.get(variantName(words.slice(0, n).join(' ')));
    if (key) return { key, to: ends[n - 1] as number };
  }
  return null;
}
