// data/cameo/icews_countrynames.txt: "name \t code \t COW". Codes are ISO
// alpha-3 except a few ICEWS-specific ones; dependencies carry a 6-letter
// parent+territory code (DNKGRL) whose last three letters are the ISO code.

export interface IcewsCountryName {
  name: string;
  iso3: string | null; // after the fixes below; null for "NULL"/"---"
  cow: number | null; // null when 000 or blank
  line: number;
}

/** ICEWS codes that are not ISO 3166 alpha-3 (world-countries uses UNK for Kosovo). */
const ICEWS_CODE_FIXES: Record<string, string> = { KSV: 'UNK', TMP: 'TLS', FRNWLF: 'WLF', NLDANT: 'ANT' };

export function parseIcewsCountryNames(text: string): IcewsCountryName[] {
  const out: IcewsCountryName[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (!l.trim()) return;
    const [name = '', rawCode = '', rawCow = ''] = l.split('\t').map((s) => s.trim());
    if (name === 'NULL' || rawCode === '---') return;
    const fixed = ICEWS_CODE_FIXES[rawCode] ?? rawCode;
    const iso3 = fixed.length === 6 ? fixed.slice(3) : fixed.length === 3 ? fixed : null;
    const cowNum = rawCow === '' ? 0 : Number(rawCow);
    out.push({ name, iso3, cow: cowNum > 0 ? cowNum : null, line: i + 1 });
  });
  return out;
}
