// One linear scan: words (letters/digits), and single punctuation marks.
// `fold` is the lower-case, diacritic-free form used for matching.

export interface Token {
  start: number;
  end: number;
  text: string;
  fold: string;
  word: boolean;
  /** Whitespace between this token and the previous one. */
  spaced: boolean;
}

const WORD = /[\p{L}\p{N}]/u;

function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD.test(ch);
}

/** Folded form: lower case, diacritics stripped. */
export function foldToken(s: string): string {
  const lower = s.toLowerCase();
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL: plain ASCII needs no folding.
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Tokens of text[from, to), offsets absolute. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let spaced = true;
  while (i < to) {
    const code = text.charCodeAt(i);
    const ch = text[i] as string;
    if (code === 32 || code === 10 || code === 9 || code === 13) {
      spaced = true;
      i++;
      continue;
    }
    if (isWordChar(code, ch)) {
      let j = i + 1;
      while (j < to) {
        const c = text.charCodeAt(j);
        if (c >= 0xd800 && c <= 0xdbff) {
          j += 2;
          continue;
        }
        if (!isWordChar(c, text[j] as string)) break;
        j++;
      }
      const t = text.slice(i, j);
      tokens.push({ start: i, end: j, text: t, fold: foldToken(t), word: true, spaced });
      i = j;
    } else {
      const w = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      const t = text.slice(i, i + w);
      tokens.push({ start: i, end: i + w, text: t, fold: t === '’' || t === '‘' ? "'" : t, word: false, spaced });
      i += w;
    }
    spaced = false;
  }
  return tokens;
}

/** Word tokens of an alias, the way the trie stores it. */
export function aliasKey(alias: string): string[] {
  return tokenize(alias)
    .filter((t) => t.word)
    .map((t) => t.fold);
}
