// German and Nordic names are often written without their umlauts, as the letter and "e": "Schroeder" for
// Schröder, "Mueller" for Müller, "Haekkerup" for Hækkerup. Folding drops the dots ("schroder"), so the "e" form
// needs a name of its own. The table is the dictionary of this rule.
const UMLAUTS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  æ: 'ae',
  Æ: 'Ae',
  ø: 'oe',
  Ø: 'Oe',
  ß: 'ss',
};
const ANY = new RegExp(`[${Object.keys(UMLAUTS).join('')}]`, 'gu');

/** The names, each followed by its spelling with umlauts written out when it has any. */
export function umlautSpellings(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    out.push(n);
    const e = n.replace(ANY, (c) => UMLAUTS[c] ?? c);
    if (e !== n) out.push(e);
  }
  return out;
}
