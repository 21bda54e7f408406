// Finds CAMEO cues in a sentence's tokens: a hash lookup per token plus a short
// look-ahead for the companion word, so cost is linear in the sentence.
import { forms } from './lexicon/inflect.ts';
import { loadLexicon } from './lexicon/load-lexicon.ts';
import type { VerbPattern } from './lexicon/compile-verb-dictionary.ts';
import { matchVerb } from './lexicon/match-verb-pattern.ts';
import type { Token } from './tokenize.ts';
import { CUES, type CueDef } from './verb-lexicon.ts';

export { inflect } from './lexicon/inflect.ts';

export interface CueHit {
  def: CueDef;
  code: string;
  at: number; // head token index
  end: number; // last token index used by the cue, exclusive
  text: string;
  /** The rule that found it: "cue.<id>" for a hand cue, "petrarch.pattern" or "petrarch.verb" for the dictionary. */
  rule: string;
  /** For a dictionary cue: the verb block and pattern line ("FREEZE:1412"). */
  source?: string;
}

interface Compiled {
  def: CueDef;
  near: Set<string>[][] | null; // alternatives, each a sequence of form sets
  /** The form is listed as is, not generated ("accusation" for the noun cue, not from "accuse+"). */
  exact: boolean;
}

const BY_FORM = new Map<string, Compiled[]>();
for (const def of CUES) {
  const near = def.near ? def.near.map((phrase) => phrase.split(' ').map((w) => new Set(forms(w)))) : null;
  for (const h of def.head) {
    for (const f of forms(h)) {
      const list = BY_FORM.get(f) ?? [];
      list.push({ def, near, exact: f === h || f === h.slice(0, -1) });
      BY_FORM.set(f, list);
    }
  }
}

function nearEnd(tokens: Token[], at: number, c: Compiled): number {
  if (!c.near) return at + 1;
  const words: number[] = [];
  for (let k = at + 1; k < tokens.length && words.length < (c.def.window ?? 4) + 3; k++) {
    const t = tokens[k] as Token;
    if (c.def.stop?.includes(t.fold)) break;
    if (t.word) words.push(k);
  }
  const limit = Math.min(words.length, c.def.window ?? 4);
  for (let w = 0; w < limit; w++) {
    for (const seq of c.near) {
      let ok = true;
      for (let s = 0; s < seq.length && ok; s++) {
        const idx = words[w + s];
        ok = idx !== undefined && (seq[s] as Set<string>).has((tokens[idx] as Token).fold);
      }
      if (ok) return (words[w + seq.length - 1] as number) + 1;
    }
  }
  return -1;
}

/** Cue hits in token order; one per head token, the most specific definition winning. */
export function findCues(tokens: Token[], pos?: () => readonly string[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    const defs = BY_FORM.get(t.fold);
    if (!defs) {
      const d = dictionaryCue(tokens, i, pos);
      if (d) hits.push(d);
      continue;
    }
    let best: CueHit | null = null;
    let bestExact = false;
    const prev = tokens[i - 1]?.fold ?? '';
    for (const c of defs) {
      if (c.def.notAfter?.includes(prev)) continue;
      const end = nearEnd(tokens, i, c);
      if (end < 0) continue;
      const hit: CueHit = { def: c.def, code: c.def.code, at: i, end, text: t.text, rule: `cue.${c.def.id}` };
      // A companion word makes a cue specific; among equals, a form listed as is beats a generated one.
      if (!best || (c.near && !best.def.near) || (!c.near === !best.def.near && c.exact && !bestExact)) {
        best = hit;
        bestExact = c.exact;
      }
    }
    if (best) hits.push(best);
  }
  // A dictionary match that takes in a hand cue ("ordered the closure", "voiced support") yields to it: the noun
  // names the act, the verb only carries it.
  return hits.filter(
    (h) =>
      !h.rule.startsWith('petrarch.') ||
      !hits.some((o) => o !== h && !o.rule.startsWith('petrarch.') && o.at > h.at && o.at < h.end + 2),
  );
}

const LEX = loadLexicon();
const DETERMINERS = LEX.lists.determiners;
const FUNCTION_WORDS = LEX.lists.patternFunctionWords;

/**
 * A pattern says what the verb does only through a content word after it ("* &WEAPON", "&MILITARY * &TOWN"): one
 * with only prepositions there ("want * on", "come * to") or nothing ("&MILITARY *", "TENSIONS *") names the
 * actors' kind, which only PETRARCH2's parse can check.
 */
function specific(p: VerbPattern): boolean {
  return p.after.some((item) => item.some((alt) => alt.some((w) => !FUNCTION_WORDS.has(w))));
}

/**
 * A cue from the PETRARCH2 verb dictionary at tokens[i]: only where the word can be a verb (not after a determiner
 * or a possessive, not a capitalised name inside the sentence), and only for codes 02–20 (statements, 01, are not
 * relations).
 */
function dictionaryCue(tokens: Token[], i: number, pos?: () => readonly string[]): CueHit | null {
  const t = tokens[i] as Token;
  const entries = LEX.verbs.byForm.get(t.fold);
  if (!entries) return null;
  if (i > 0 && /^\p{Lu}/u.test(t.text)) return null;
  const prev = tokens[i - 1];
  if (prev && (DETERMINERS.has(prev.fold) || prev.fold === "'" || (prev.fold === 's' && tokens[i - 2]?.fold === "'")))
    return null;
  const m = matchVerb(tokens, i, entries, specific);
  if (!m?.code || m.code.startsWith('01')) return null;
  // A verb's default code alone ("joins", "beats", "hits") needs PETRARCH2's full parse to find its actors; measured
  // on both development sets it adds false alarms only, so only a matched pattern codes an event.
  if (!m.pattern) return null;
  // The tagger decides verb or noun ("forces", "allies", "rules"); it runs only on sentences that get this far.
  if (pos && pos()[i] !== 'VERB') return null;
  const def: CueDef = {
    id: `petrarch-${m.entry.block.toLowerCase()}`,
    why: 'PETRARCH2 CAMEO.2.0 verb dictionary',
    head: [t.fold],
    code: m.code,
    ...(m.reverse && m.reverse === m.code ? { mutual: true } : {}),
  };
  return {
    def,
    code: m.code,
    at: i,
    end: Math.max(i + 1, m.end),
    text: t.text,
    rule: m.pattern ? 'petrarch.pattern' : 'petrarch.verb',
    source: `${m.entry.block}:${m.pattern?.line ?? 'verb'}`,
  };
}
