// The offices the gazetteer knows, by holder and by person, and a trie of the titles news uses
// for them (data/offices/titles.tsv), built once with the gazetteer.
import type { TitleEntry } from '../../reference/office-lexicon.ts';
import { TokenTrie } from '../token-trie.ts';
import type { OfficeSpan } from './office-span.ts';
import { pushTo } from '../../util/push-to.ts';
import { variantName } from '../../reference/leader-variant.ts';
import { closeOpenSpans } from './close-open-spans.ts';

export interface OfficeIndex {
  byHolder: ReadonlyMap<string, OfficeSpan[]>;
  byPerson: ReadonlyMap<string, OfficeSpan[]>;
  /** Title phrases; an entry's key is the phrase, looked up in `titles`. */
  titleTrie: TokenTrie;
  titles: ReadonlyMap<string, TitleEntry>;
  /** Variant-folded full names (and the first three words of long Arabic names) -> the one person so called. */
  variants: ReadonlyMap<string, string>;
}

const NASAB = /\b(bin|ibn|bint)\b/i;

export function buildOfficeIndex(
  spans: readonly OfficeSpan[],
  titles: readonly TitleEntry[],
  names: Iterable<[string, string]>,
): OfficeIndex {
  const byHolder = new Map<string, OfficeSpan[]>();
  const byPerson = new Map<string, OfficeSpan[]>();
  for (const s of closeOpenSpans(spans)) {
    pushTo(byHolder, s.holder, s);
    pushTo(byPerson, s.key, s);
  }
  const titleTrie = new TokenTrie();
  const byPhrase = new Map<string, TitleEntry>();
  for (const t of titles) {
    byPhrase.set(t.phrase, t);
    titleTrie.add(t.phrase, { type: 'leader', key: t.phrase });
  }
  const seen = new Map<string, string | null>();
  const claim = (v: string, key: string) => {
    const cur = seen.get(v);
    seen.set(v, cur === undefined || cur === key ? key : null); // two people: ambiguous, no one
  };
  for (const [name, key] of names) {
    const v = variantName(name);
    const words = v.split(' ');
    if (words.length < 2) continue;
    claim(v, key);
    if (words.length >= 4 && NASAB.test(name)) claim(words.slice(0, 3).join(' '), key);
  }
  const variants = new Map<string, string>();
  for (const [v, key] of seen) if (key) variants.set(v, key);
  return { byHolder, byPerson, titleTrie, titles: byPhrase, variants };
}
