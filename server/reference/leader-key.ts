// Leader keys and name matching. A key is the slug of the normalised full
// name: lowercase ASCII, diacritics folded, tokens joined by hyphens.

/** Folds diacritics and a few letters NFD does not decompose (ø, ł, ß…). */
export function foldAscii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[ıİ]/g, (c) => (c === 'ı' ? 'i' : 'I'));
}

/** Name tokens for matching: "Kim Jong-Un" -> ["kim","jong","un"]; "G.W. Bush" -> ["g","w","bush"]. */
export function nameTokens(name: string): string[] {
  return foldAscii(name)
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** "Kim Jong-un" -> "kim-jong-un"; "Abdullah Gül" -> "abdullah-gul". */
export function leaderKey(name: string): string {
  return nameTokens(name).join('-');
}
