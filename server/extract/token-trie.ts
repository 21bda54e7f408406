// A trie over folded word tokens: matching costs at most the longest alias
// per start token, so a document is scanned in linear time.
import { aliasKey, type Token } from './tokenize.ts';

export type EntryType = 'state' | 'demonym' | 'capital' | 'org' | 'leader' | 'surname' | 'place';

export interface TrieEntry {
  type: EntryType;
  key: string;
  /** Candidate leader keys for a surname. */
  keys?: string[];
  /** Tokens that must match case exactly (acronyms such as "US", "UN"), by position in the alias. */
  exact: (string | null)[];
  /** The first letter must be upper case (proper nouns). */
  capital: boolean;
}

interface Node {
  next: Map<string, Node>;
  entries: TrieEntry[] | null;
}

export interface TrieMatch {
  from: number; // token index
  to: number; // token index, exclusive
  entries: TrieEntry[];
}

const hasCase = (s: string): boolean => s.toLowerCase() !== s.toUpperCase();

export class TokenTrie {
  private readonly root: Node = { next: new Map(), entries: null };
  size = 0;

  add(alias: string, entry: Omit<TrieEntry, 'exact' | 'capital'>): void {
    const words = alias.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const key = aliasKey(alias);
    if (key.length === 0 || key.length !== words.length) return;
    const exact = words.map((w) => (w.length <= 5 && w.length >= 2 && w === w.toUpperCase() && hasCase(w) ? w : null));
    const full: TrieEntry = {
      ...entry,
      exact,
      capital: hasCase(words[0] ?? '') && words[0] !== words[0]?.toLowerCase(),
    };
    let node = this.root;
    for (const k of key) {
      let nx = node.next.get(k);
      if (!nx) {
        nx = { next: new Map(), entries: null };
        node.next.set(k, nx);
      }
      node = nx;
    }
    node.entries ??= [];
    if (!node.entries.some((e) => e.type === full.type && e.key === full.key)) {
      node.entries.push(full);
      this.size++;
    }
  }

  /** Longest alias starting at tokens[i]; hyphens and dots glued between words are skipped ("Jong-un", "U.S."). */
  longestMatch(tokens: Token[], i: number): TrieMatch | null {
    const first = tokens[i];
    if (!first?.word) return null;
    // Most tokens start no alias: answer before allocating anything.
    if (!this.root.next.has(first.fold)) return null;
    let node: Node | undefined = this.root;
    let j = i;
    let best: TrieMatch | null = null;
    const words: Token[] = [];
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      if (!t.word) {
        const nx = tokens[j + 1];
        if (
          (t.text === '-' || t.text === '.' || t.fold === "'") &&
          !t.spaced &&
          nx?.word &&
          !nx.spaced &&
          words.length > 0
        ) {
          j++;
          continue;
        }
        break;
      }
      node = node.next.get(t.fold);
      if (!node) break;
      words.push(t);
      j++;
      if (node.entries) {
        const ok = node.entries.filter((e) => accepts(e, words));
        if (ok.length) best = { from: i, to: j, entries: ok };
      }
    }
    return best;
  }
}

function accepts(e: TrieEntry, words: Token[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const ex = e.exact[k];
    if (ex && (words[k] as Token).text !== ex) return false;
  }
  if (e.capital) {
    const c = (words[0] as Token).text[0] as string;
    if (c === c.toLowerCase()) return false;
  }
  return true;
}
