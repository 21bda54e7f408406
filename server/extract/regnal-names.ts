// Monarchs are recorded by regnal style ("Abdullah II of Jordan", "Salman of Saudi Arabia")
// but news names them by "King Abdullah II" or "King Salman": the style without its territory.
const STYLE = /^(\p{Lu}[\p{L}'-]+(?: (?:bin|ibn|bint) \p{Lu}[\p{L}'-]+)*)( [IVX]+)? of \p{Lu}/u;

/** The names the style gives: a full name with the numeral, else the given name as a surname. */
export function regnalNames(name: string): { full: string[]; surnames: string[] } {
  const m = STYLE.exec(name.trim());
  if (!m) return { full: [], surnames: [] };
  const given = m[1] as string;
  return m[2]
    ? { full: [`${given}${m[2]}`], surnames: [given.split(' ')[0] as string] }
    : { full: /\s/.test(given) ? [given] : [], surnames: [given.split(' ')[0] as string] };
}
