// Matches a compiled PETRARCH2 verb entry at a token: its particle ("call off"),
// then the pattern whose words appear in order around the verb, most words
// winning. Words may be apart by a few others, as PETRARCH skips modifiers.
import type { Token } from '../tokenize.ts';
import type { PatternItem, VerbEntry, VerbPattern } from './compile-verb-dictionary.ts';

export interface VerbMatch {
  entry: VerbEntry;
  pattern: VerbPattern | null;
  /** The code the match gives (pattern, else the verb's own), null for "no event". */
  code: string | null;
  reverse: string | null;
  /** Token index after the last word used. */
  end: number;
}

const FIRST_GAP = 6;
const GAP = 3;
const BEFORE = 4;
const STOPS = new Set(['.', ';', ':', '?', '!', '"', '“', '”']);

/** Word indices after `from` up to a clause stop, at most n. */
function wordsAfter(tokens: Token[], from: number, n: number): number[] {
  const out: number[] = [];
  for (let k = from; k < tokens.length && out.length < n; k++) {
    const t = tokens[k] as Token;
    if (STOPS.has(t.fold)) break;
    if (t.word) out.push(k);
  }
  return out;
}

/** Length in words of the alternative of item matching at words[w], or 0. */
function itemAt(tokens: Token[], words: number[], w: number, item: PatternItem): number {
  for (const alt of item) {
    let ok = true;
    for (let s = 0; s < alt.length && ok; s++) {
      const idx = words[w + s];
      ok = idx !== undefined && (tokens[idx] as Token).fold === alt[s];
    }
    if (ok) return alt.length;
  }
  return 0;
}

/** Token end of the pattern's words after the verb, or -1. */
function matchAfter(tokens: Token[], words: number[], items: PatternItem[]): number {
  let w = 0;
  let end = -1;
  for (let i = 0; i < items.length; i++) {
    const limit = Math.min(words.length, w + (i === 0 ? FIRST_GAP : GAP + 1));
    let found = -1;
    let len = 0;
    for (let k = w; k < limit; k++) {
      len = itemAt(tokens, words, k, items[i] as PatternItem);
      if (len) {
        found = k;
        break;
      }
    }
    if (found < 0) return -1;
    w = found + len;
    end = (words[w - 1] as number) + 1;
  }
  return end;
}

function matchBefore(tokens: Token[], at: number, items: PatternItem[]): boolean {
  const words: number[] = [];
  for (let k = at - 1; k >= 0 && words.length < BEFORE; k--) {
    const t = tokens[k] as Token;
    if (STOPS.has(t.fold) || t.fold === ',') break;
    if (t.word) words.unshift(k);
  }
  return items.every((item) => words.some((_, w) => itemAt(tokens, words, w, item) > 0));
}

/** The best match of the entries at tokens[at], or null when none applies; `usable` leaves patterns out. */
export function matchVerb(
  tokens: Token[],
  at: number,
  entries: readonly VerbEntry[],
  usable: (p: VerbPattern) => boolean = () => true,
): VerbMatch | null {
  let best: VerbMatch | null = null;
  let bestScore = -1;
  let lastFrom = -1;
  let words: number[] = [];
  let near = new Set<string>();
  for (const entry of entries) {
    let from = at + 1;
    if (entry.particle.length) {
      const ws = wordsAfter(tokens, at + 1, entry.particle.length);
      if (ws.length < entry.particle.length || ws.some((k, i) => (tokens[k] as Token).fold !== entry.particle[i]))
        continue;
      from = (ws[ws.length - 1] as number) + 1;
    }
    // Entries without a particle all look at the same words: gather them once per start.
    if (from !== lastFrom) {
      lastFrom = from;
      words = wordsAfter(tokens, from, 16);
      // Most patterns cannot match: skip those whose first word after the verb is not in the next words at all.
      near = new Set<string>();
      for (const k of words) near.add((tokens[k] as Token).fold);
    }
    // A phrasal verb ("call off") outranks the bare one it starts with.
    const base = entry.particle.length * 10;
    if (base > bestScore) {
      best = { entry, pattern: null, code: entry.code, reverse: null, end: from };
      bestScore = base;
    }
    for (const p of entry.patterns) {
      const size = p.before.length + p.after.length;
      if (base + size <= bestScore || size === 0 || !usable(p)) continue;
      const first = p.after[0];
      if (first && !first.some((alt) => near.has(alt[0] as string))) continue;
      const end = p.after.length ? matchAfter(tokens, words, p.after) : from;
      if (end < 0 || (p.before.length && !matchBefore(tokens, at, p.before))) continue;
      best = { entry, pattern: p, code: p.code, reverse: p.reverse, end };
      bestScore = base + size;
    }
  }
  return best;
}
