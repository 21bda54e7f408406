// Characters the Lucene classic query parser treats as syntax (&& and || are covered by & and |).
const special = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene syntax so user text is only ever searched for, never parsed as a query. */
export function escapeLucene(text: string): string {
  return text.replace(special, (c) => `\\${c}`);
}

/**
 * Turns what a user typed into a full-text query: every word must match, as a whole word (boosted)
 * or as a prefix, so "kim jo" already finds Kim Jong-un while typing. Words are split on anything that
 * is not a letter or digit, as the index's analyzer does, and lowercased so AND/OR/NOT stay words.
 * Returns null when nothing searchable is left.
 */
export function luceneQuery(input: string): string | null {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `(${escapeLucene(w)}^2 OR ${escapeLucene(w)}*)`).join(' AND ');
}
