// The one inflection generator of the lexicon: regular verb and noun forms of a
// lemma. Over-generation is harmless, since forms are only looked up.

/** Regular inflections of a lemma (itself included). */
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

/** Noun forms only (singular and plural), for the words of a pattern. */
export function nounForms(word: string): string[] {
  const out = [word, `${word}s`];
  if (/(s|x|z|ch|sh)$/.test(word)) out.push(`${word}es`);
  if (/[^aeiou]y$/.test(word)) out.push(`${word.slice(0, -1)}ies`);
  return out;
}

/** Forms of a lexicon word: "name+" inflects, anything else stands as written. */
export const forms = (w: string): string[] => (w.endsWith('+') ? inflect(w.slice(0, -1)) : [w]);
