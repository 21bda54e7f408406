// Whether a title in text names the holder of the day. It does not when a word before it moves it off that
// day ("former Prime Minister of Israel", "the late president", "the incoming Secretary-General"), when it
// describes someone already named ("nominates Borrell as High Representative", "to be President of Greece"),
// when a name follows it, directly or after a comma ("Foreign Secretary, David Miliband"): the name
// speaks for itself, or when "for …" makes it a longer title ("Secretary of State for Defence"). The word lists are the dictionary of this rule.
import type { Gazetteer } from '../build-gazetteer.ts';
import type { Token } from '../tokenize.ts';

/** Words right before a title (or before the state word of "the Russian defence minister") that make it not the holder of the day. */
export const NOT_OF_THE_DAY = new Set([
  'former',
  'ex',
  'late',
  'incoming',
  'future',
  'next',
  'previous',
  'onetime',
  'erstwhile',
  'designate',
  'deposed',
  'ousted',
  'exiled',
  // predicative: the title says what someone already named is or becomes
  'as',
  'be',
  'become',
  'becomes',
  'became',
  'becoming',
]);

/** Words that may stand between the qualifier and the title ("a former", "the late", "its former"). */
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'then']);

/** A word in NOT_OF_THE_DAY ends within two words before token `from` ("a former", "ex-"). */
export function qualifiedAway(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (t.text === '-' && !t.spaced) continue; // "ex-president"
      return false;
    }
    if (NOT_OF_THE_DAY.has(t.fold)) return true;
    if (!ARTICLES.has(t.fold)) return false;
  }
  return false;
}

/** A capitalised word that is not a state, capital, demonym or body: the start of a person's name. */
function nameStarts(gaz: Gazetteer, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || !/^\p{Lu}/u.test(t.text)) return false;
  const m = gaz.trie.longestMatch(tokens, k);
  return !m || m.entries.some((e) => e.type === 'leader' || e.type === 'surname');
}

/** A name right after token index `to` (the end of a title), or after a comma there. */
export function nameFollows(gaz: Gazetteer, tokens: Token[], to: number): boolean {
  if (nameStarts(gaz, tokens, to)) return true;
  return tokens[to]?.text === ',' && nameStarts(gaz, tokens, to + 1);
}

/** "Secretary of State for Defence", "Minister for Security": the words after are a longer title of another office. */
export function titleContinues(tokens: Token[], to: number): boolean {
  const nx = tokens[to + 1]?.fold === 'the' ? tokens[to + 2] : tokens[to + 1];
  return tokens[to]?.fold === 'for' && nx?.word === true && /^\p{Lu}/u.test(nx.text);
}

/** The title between `from` and `to` names whoever held the office on the day. */
export function titleNamesHolder(gaz: Gazetteer, tokens: Token[], from: number, to: number): boolean {
  return !qualifiedAway(tokens, from) && !titleContinues(tokens, to) && !nameFollows(gaz, tokens, to);
}
