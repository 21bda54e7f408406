// Finds CAMEO cues in a sentence's tokens: a hash lookup per token plus a short
// look-ahead for the companion word, so cost is linear in the sentence.
import type { Token } from './tokenize.ts';
import { CUES, type CueDef } from './verb-lexicon.ts';

export interface CueHit {
  def: CueDef;
  code: string;
  at: number; // head token index
  end: number; // last token index used by the cue, exclusive
  text: string;
}

/** Regular inflections of a lemma; over-generation is harmless for lookup. */
export function inflect(lemma: string): string[] {
  const out = new Set([lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}d`, `${lemma}ing`]);
  if (lemma.endsWith('e')) {
    const stem = lemma.slice(0, -1);
    out.add(`${stem}ing`).add(`${stem}ed`).add(`${stem}ation`);
  }
  if (lemma.endsWith('y')) {
    const stem = lemma.slice(0, -1);
    out.add(`${stem}ies`).add(`${stem}ied`);
  }
  if (/[^aeiou][aeiou][bdgmnprtl]$/.test(lemma)) {
    const last = lemma.slice(-1);
    out.add(`${lemma}${last}ed`).add(`${lemma}${last}ing`);
  }
  return [...out];
}

const forms = (w: string): string[] => (w.endsWith('+') ? inflect(w.slice(0, -1)) : [w]);

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
export function findCues(tokens: Token[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    const defs = BY_FORM.get(t.fold);
    if (!defs) continue;
    let best: CueHit | null = null;
    let bestExact = false;
    const prev = tokens[i - 1]?.fold ?? '';
    for (const c of defs) {
      if (c.def.notAfter?.includes(prev)) continue;
      const end = nearEnd(tokens, i, c);
      if (end < 0) continue;
      const hit: CueHit = { def: c.def, code: c.def.code, at: i, end, text: t.text };
      // A companion word makes a cue specific; among equals, a form listed as is beats a generated one.
      if (!best || (c.near && !best.def.near) || (!c.near === !best.def.near && c.exact && !bestExact)) {
        best = hit;
        bestExact = c.exact;
      }
    }
    if (best) hits.push(best);
  }
  return hits;
}
