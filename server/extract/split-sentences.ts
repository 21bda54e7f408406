// Sentence boundaries by a linear scan. Lines are boundaries too (titles,
// bylines, list items), and very long runs are cut so later steps stay bounded.
import type { Span } from './types.ts';

const ABBREV = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'sen',
  'rep',
  'gov',
  'pres',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'p.m',
  'a.m',
  'ft',
  'mt',
  'hon',
  'rev',
  'adm',
  'maj',
  'amb',
]);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
export const MAX_SENTENCE = 2000;

export interface Sentence extends Span {
  text: string;
  index: number;
}

function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[A-Za-z.]/.test(text[j - 1] as string) && i - j < 12) j--;
  return text.slice(j, i).toLowerCase();
}

function push(text: string, out: Sentence[], a: number, b: number): void {
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  if (b <= a) return;
  // Cut runaway sentences at a space so quadratic-looking steps stay bounded.
  while (b - a > MAX_SENTENCE) {
    let cut = a + MAX_SENTENCE;
    while (cut > a && text[cut] !== ' ') cut--;
    if (cut <= a) cut = a + MAX_SENTENCE;
    out.push({ start: a, end: cut, text: text.slice(a, cut), index: out.length });
    a = cut;
    while (a < b && /\s/.test(text[a] as string)) a++;
  }
  if (b > a) out.push({ start: a, end: b, text: text.slice(a, b), index: out.length });
}

/** Sentences with offsets: text.slice(s.start, s.end) === s.text. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      push(text, out, start, i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < n && CLOSERS.has(text[j] as string)) j++;
    if (j < n && text[j] !== ' ' && text[j] !== '\n' && text[j] !== '\t') continue;
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    const next = text[k];
    if (next !== undefined && next !== '\n' && !/[\p{Lu}\p{N}"“'‘([]/u.test(next)) continue;
    if (c === '.') {
      const w = wordBefore(text, i);
      if (ABBREV.has(w) || /^[a-z]$/.test(w) || /^([a-z]\.)+[a-z]$/.test(w)) {
        // "U.S. officials": an abbreviation unless a capitalised sentence start follows a known sentence-final form.
        if (!(
          w === 'u.s' &&
          next !== undefined &&
          /[A-Z]/.test(next) &&
          /^(The|In|It|He|She|They|We|But|This)\b/.test(text.slice(k, k + 5))
        ))
          continue;
      }
    }
    push(text, out, start, j);
    start = j;
    i = j - 1;
  }
  push(text, out, start, n);
  return out;
}
