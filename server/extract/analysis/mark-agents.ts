// Who a state word stands for: "Afghan rebels", "the Syrian opposition", "a
// Swedish-registered vessel" name groups that do not act for the state, so the
// state word is no actor there; "Afghan troops", "the Iranian foreign ministry"
// do act for it. Agents come from Phoenix.agents.txt; a few heads Phoenix lacks
// are listed in data/lexicon/word-lists.json.
import type { ActorMention } from '../find-mentions.ts';
import type { Agent } from '../lexicon/parse-agents.ts';
import { forms } from '../lexicon/inflect.ts';
import { loadLexicon } from '../lexicon/load-lexicon.ts';
import type { Token } from '../tokenize.ts';
import { armedGroupAt } from './armed-group-at.ts';

const LEX = loadLexicon();
const MAX_BETWEEN = 2;

/** The longest agent starting at tokens[k] (words only), or null. */
export function agentAt(tokens: readonly Token[], k: number): Agent | null {
  const t = tokens[k];
  if (!t?.word) return null;
  for (const a of LEX.agents.get(t.fold) ?? []) {
    let ok = true;
    for (let i = 1; i < a.words.length && ok; i++) ok = tokens[k + i]?.fold === a.words[i];
    if (ok) return a;
  }
  if (LEX.lists.nonStateHeads.has(t.fold)) return { words: [t.fold], code: 'NST', state: false };
  if (LEX.lists.stateAgentHeads.has(t.fold)) return { words: [t.fold], code: 'GOV', state: true };
  return null;
}

/** The agent a state mention qualifies, reading past hyphens and a qualifier or two, or null. */
function qualifiedAgent(tokens: readonly Token[], m: ActorMention, mentions: readonly ActorMention[]): Agent | null {
  let between = 0;
  for (let k = m.to; k < tokens.length && between <= MAX_BETWEEN; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (t.fold === '-') continue;
      return null;
    }
    if (mentions.some((x) => x.from === k)) return null;
    const a = agentAt(tokens, k);
    if (a) return a;
    // Only a hyphenated qualifier, a name or a listed participle may stand between ("Kurdish", "Iranian-backed").
    const hyphened = tokens[k - 1]?.fold === '-' || tokens[k + 1]?.fold === '-';
    if (!hyphened && !/^\p{Lu}/u.test(t.text) && !LEX.lists.agentModifiers.has(t.fold)) return null;
    between++;
  }
  return null;
}

/** Is the word at k the head of an event noun a cue may code ("Russian aggression", "a US strike")? */
function eventWord(fold: string): boolean {
  return EVENT_FORMS.has(fold);
}
const EVENT_FORMS = new Set(LEX.cues.flatMap((c) => c.head.flatMap((h) => forms(h))));

/**
 * A demonym names its state's people or goods unless its noun is an agent of the state, an event noun or a place
 * ("Chinese exports", "Iranian trucks", "Mexican drug money" are no acts of a state; "Chinese officials", "Russian
 * aggression", "a Syrian town" are).
 */
function adjectiveOfGoods(tokens: readonly Token[], m: ActorMention): boolean {
  if (m.via !== 'demonym') return false;
  let k = m.to;
  while (
    k < m.to + 3 &&
    (tokens[k]?.fold === '-' || (tokens[k]?.word && LEX.lists.agentModifiers.has(tokens[k]?.fold ?? '')))
  )
    k++;
  const t = tokens[k];
  if (!t?.word || /^\p{Lu}/u.test(t.text) || /^\d/.test(t.text)) return false;
  if (agentAt(tokens, k) || eventWord(t.fold) || LEX.lists.placeHeads.has(t.fold)) return false;
  // "tariffs on Chinese exports", "bans imports of Japanese seafood": a state's trade, acted on, stands for the state
  const before = tokens[m.from - 1]?.fold ?? '';
  if (LEX.lists.tradeGoods.has(t.fold) && LEX.lists.tradeGoodsPrepositions.has(before)) return false;
  // "the Danish and Dutch consulates": the noun comes after the coordination, read it there.
  return t.fold !== 'and' && t.fold !== 'or';
}

/** "a Palestinian man", "a 27-year-old American missionary": one person of a state, not its people in general. */
function singularBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 6; k--) {
    const t = tokens[k] as Token;
    if (t.word && LEX.lists.singularArticles.has(t.fold)) return true;
    if (t.word && !/^\d+$/.test(t.text) && !LEX.lists.ageWords.has(t.fold)) return false;
  }
  return false;
}

/**
 * Marks state words that qualify a non-state group as no actors (modifier) and notes the agent code; a currency
 * sign right after a state code ("US$150 million") marks it too. Civilians and refugees still stand for their
 * state when they are the ones acted on (after a preposition or a verb), not when they act.
 */
export function markAgents(tokens: readonly Token[], mentions: ActorMention[]): void {
  // "Islamic State of Iraq and the Levant": a state inside an armed group's name is no actor.
  const groups: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = armedGroupAt(tokens, k);
    if (end > k + 1) groups.push([k, end]);
  }
  for (const m of mentions) {
    if (m.kind === 'State' && groups.some(([a, b]) => m.from > a && m.to <= b)) {
      m.modifier = true;
      m.agent = 'NST';
      continue;
    }
    if (m.kind !== 'State' || m.modifier || m.via === 'pair') continue;
    const next = tokens[m.to];
    if (next && !next.spaced && LEX.lists.currency.has(next.fold)) {
      m.modifier = true;
      continue;
    }
    if (adjectiveOfGoods(tokens, m)) {
      m.modifier = true;
      m.agent = 'ADJ';
      continue;
    }
    const a = qualifiedAgent(tokens, m, mentions);
    if (!a) continue;
    // "a Palestinian man": one person of a state, whatever role Phoenix gives people in general.
    if (a.state && !(LEX.lists.personRoles.has(a.code.slice(0, 3)) && singularBefore(tokens, m.from))) continue;
    if (
      LEX.lists.civilianRoles.has(a.code.slice(0, 3)) &&
      (m.afterPrep !== null || mentions.indexOf(m) > 0) &&
      !(singularBefore(tokens, m.from) && !a.words.some((w) => LEX.lists.placeHeads.has(w)))
    )
      continue;
    m.modifier = true;
    m.agent = a.code;
  }
}
