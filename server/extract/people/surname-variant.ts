// A surname alone in a spelling the data sets do not have ("Zelensky" or "Zelenskiy" for Zelenskyy, "Shoygu" for
// Shoigu): one capitalised word whose variant-folded form (reference/leader-variant.ts) is a known surname's.
// Short words are left out: folded, they collide too easily.
import type { Gazetteer } from '../build-gazetteer.ts';
import type { Token } from '../tokenize.ts';
import { variantToken } from '../../reference/leader-variant.ts';
import { foldToken } from '../tokenize.ts';

const MIN_LENGTH = 5;

/** Variant form -> the people with a surname of that form, from the gazetteer's surnames. */
export function surnameVariantIndex(surnames: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [s, keys] of surnames) {
    const f = foldToken(s);
    if (f.length < MIN_LENGTH) continue;
    const v = variantToken(f);
    const set = out.get(v) ?? new Set<string>();
    for (const k of keys) set.add(k);
    out.set(v, set);
  }
  return new Map([...out].map(([v, ks]) => [v, [...ks]]));
}

/** variantToken of a folded word, memoised: seven regex passes for every capitalised word of every text. */
const VARIANT_OF = new Map<string, string>();

/** The people a capitalised word at tokens[i] names as a surname in another spelling, or null. */
export function surnameVariantAt(gaz: Gazetteer, tokens: Token[], i: number): readonly string[] | null {
  const t = tokens[i];
  if (!gaz.surnameVariants || !t?.word || t.fold.length < MIN_LENGTH || !/^\p{Lu}/u.test(t.text)) return null;
  let v = VARIANT_OF.get(t.fold);
  if (v === undefined) {
    if (VARIANT_OF.size > 100_000) VARIANT_OF.clear();
    v = variantToken(t.fold);
    VARIANT_OF.set(t.fold, v);
  }
  return gaz.surnameVariants.get(v) ?? null;
}
