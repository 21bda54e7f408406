// A person's name can name something else: a place, building or prize after them ("Rafic Hariri International
// Airport", "Ronald Reagan Presidential Library") or a ship ("USS Abraham Lincoln"). Then it is no mention of the
// person; nor is it in "anti-Gaddafi forces". The words are the dictionary of this rule (data/lexicon/word-lists.json:
// personPlaceHeads, vesselPrefixes, personNamePrefixes).
import { loadLexicon } from '../lexicon/load-lexicon.ts';
import type { Token } from '../tokenize.ts';

/** How many capitalised words may stand between the name and the head ("… Washington National Airport"). */
const MAX_BETWEEN = 3;

/** The name at tokens[from, to) is part of the name of a place, an institution, a prize or a ship. */
export function namesAThing(tokens: Token[], from: number, to: number): boolean {
  const { personPlaceHeads, vesselPrefixes, personNamePrefixes } = loadLexicon().lists;
  const before = tokens[from - 1];
  if (before?.word && vesselPrefixes.has(before.text)) return true;
  const prefix = tokens[from - 2];
  if (before?.text === '-' && !before.spaced && !tokens[from]?.spaced && prefix && personNamePrefixes.has(prefix.fold))
    return true;
  for (let k = to; k < tokens.length && k <= to + MAX_BETWEEN; k++) {
    const t = tokens[k] as Token;
    if (!t.word || !t.spaced || !/^\p{Lu}/u.test(t.text)) return false;
    if (personPlaceHeads.has(t.text)) return true;
  }
  return false;
}
