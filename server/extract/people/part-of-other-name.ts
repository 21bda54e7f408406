// A known surname inside someone else's name is not that person: "Abdul Qadeer Khan" is no Khan of the
// data sets, "Hussein Suleiman" (a militant) no Michel Suleiman, "Avril Haines" no Haines of a cabinet.
// A capitalised word right before or after the surname makes it part of another name, unless the word before
// is a title ("President Khan", "Ambassador Haley") or a state ("Pakistani Khan"), opens the sentence, or
// could be the person's own first name in a short form (same initial: "Mike Pompeo" for Michael R. Pompeo).
import type { Gazetteer } from '../build-gazetteer.ts';
import { foldToken, type Token } from '../tokenize.ts';
import { TITLE_WORDS } from '../mark-modifiers.ts';

/** Forms of address and ranks that stand before a surname, beside TITLE_WORDS and the office titles' words. */
const ADDRESS = new Set([
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'sheikh',
  'shaikh',
  'sir',
  'lord',
  'lady',
  'dame',
  'dr',
  'prof',
  'professor',
  'senator',
  'sen',
  'governor',
  'gov',
  'mayor',
  'gen',
  'admiral',
  'adm',
  'marshal',
  'colonel',
  'col',
  'commander',
  'ayatollah',
  'imam',
  'cardinal',
  'archbishop',
  'pope',
  'sultan',
  'shah',
  'princess',
  'crown',
  'justice',
  'judge',
  'chief',
  'defence',
  'defense',
  'foreign',
  'finance',
  'interior',
]);

const capitalised = (t: Token | undefined): t is Token => t?.word === true && /^\p{Lu}/u.test(t.text);

/** The surname at tokens[i, to) belongs to a longer name the gazetteer does not know. */
export function partOfOtherName(
  gaz: Gazetteer,
  tokens: Token[],
  i: number,
  to: number,
  keys: readonly string[],
  /** false when the full name was already tried (a surname in another spelling): a first name gives no excuse */
  ownFirstName = true,
): boolean {
  const nx = tokens[to];
  if (capitalised(nx) && nx.spaced) return true;
  const pv = tokens[i - 1];
  if (i - 1 === 0 || !capitalised(pv) || !tokens[i]?.spaced) return false;
  if (TITLE_WORDS.has(pv.fold) || ADDRESS.has(pv.fold)) return false;
  const titleWords = gaz.offices?.titles;
  if (titleWords && [...titleWords.keys()].some((p) => p.split(' ').includes(pv.fold))) return false;
  const m = gaz.trie.longestMatch(tokens, i - 1);
  if (m && m.to === i && m.entries.some((e) => e.type !== 'surname')) return false;
  if (!ownFirstName) return true;
  const initial = pv.fold[0];
  const own = keys.some((k) => {
    const l = gaz.leaders.get(k);
    const names = [l?.name ?? '', ...(l?.spans ?? []).flatMap((s) => [s.name, ...s.aliases])];
    return names.some((n) => foldToken(n).startsWith(initial ?? ''));
  });
  return !own;
}
