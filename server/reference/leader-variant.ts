// Spelling variants and transliterations of one name fold to one form, for joining
// rows of different data sets and for reading names in text: "Zelenskyy"/"Zelensky",
// "Mohammed"/"Mohamed", "Sergey Shoygu"/"Sergei Shoigu", "Dmitriy"/"Dmitry".
import { nameTokens } from './leader-key.ts';
import { namesCompatible } from './name-match.ts';
import { GIVEN_NAME_FORMS } from './given-name-forms.ts';

/** One token's variant form: a short given name's full form (given-name-forms.ts), y/i, ey/ei, kh/h, ou/u, ph/f, dzh/j, doubled letters, a final -iy/-ij as -i. */
export function variantToken(t: string): string {
  return (GIVEN_NAME_FORMS[t] ?? t)
    .replace(/dzh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/(i[ij]|ii)$/g, 'i')
    .replace(/([a-z])\1+/g, '$1');
}

/** The folded tokens of a name in their variant forms. */
/** Arabic articles vary and come and go ("Al Sisi", "el-Sisi", "Sisi"): left out. */
const PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'an', 'ash']);

function variantTokens(name: string): string[] {
  return nameTokens(name)
    .filter((t) => !PARTICLES.has(t))
    .map(variantToken);
}

const cache = new Map<string, string>();

/** The variant form of a whole name, tokens joined by spaces (memoised: the merge asks for the same names often). */
export function variantName(name: string): string {
  let v = cache.get(name);
  if (v === undefined) {
    if (cache.size > 200_000) cache.clear();
    v = variantTokens(name).join(' ');
    cache.set(name, v);
  }
  return v;
}

/** Compatible names (name-match.ts) after folding variants: "Mohamed bin Zayed" ~ "Mohammed bin Zayed Al Nahyan". */
export function variantsCompatible(a: string, b: string): boolean {
  return namesCompatible(variantName(a), variantName(b));
}
