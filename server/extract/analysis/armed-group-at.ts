// Named non-state armed groups in a sentence (data/lexicon/word-lists.json, armedGroups), matched word by word so
// that hyphens and apostrophes in the text ("al-Qaeda", "Kurdistan Workers' Party") do not matter.
import { loadLexicon } from '../lexicon/load-lexicon.ts';
import type { Token } from '../tokenize.ts';

const PHRASES: string[][] = [...loadLexicon().lists.armedGroups]
  .map((p) => p.split(/[\s\-']+/).filter(Boolean))
  .sort((a, b) => b.length - a.length);
const FIRST = new Set(PHRASES.map((p) => p[0] as string));

/** Index just past the longest armed group name starting at tokens[k], or -1. */
export function armedGroupAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t?.word || !FIRST.has(t.fold)) return -1;
  for (const words of PHRASES) {
    if (words[0] !== t.fold) continue;
    let j = k;
    let ok = true;
    for (const w of words) {
      while (j < tokens.length && !tokens[j]?.word) j++;
      if (tokens[j]?.fold !== w) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) return j;
  }
  return -1;
}
