// Whether two spellings can name the same person: every full token of the
// shorter name occurs in the longer one, and its initials match unused tokens
// ("Clinton" ~ "Bill Clinton", "G.W. Bush" ~ "George W. Bush", but not
// "G.H.W. Bush" ~ "George W. Bush", nor "Kim Jong-il" ~ "Kim Yong-il").
import { nameTokens } from './leader-key.ts';

const PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'an', 'ash']);

export function namesCompatible(a: string, b: string): boolean {
  // Arabic article particles vary ("Al-Sisi", "el-Sisi"): ignore them
  const ta = nameTokens(a).filter((t) => !PARTICLES.has(t));
  const tb = nameTokens(b).filter((t) => !PARTICLES.has(t));
  if (ta.length === 0 || tb.length === 0) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const words = short.filter((t) => t.length > 1);
  if (words.length === 0) return false;
  const used = new Set<number>();
  for (const w of words) {
    const k = long.findIndex((t, i) => !used.has(i) && t === w);
    if (k < 0) return false;
    used.add(k);
  }
  for (const ini of short.filter((t) => t.length === 1)) {
    const k = long.findIndex((t, i) => !used.has(i) && t[0] === ini);
    if (k < 0) return false;
    used.add(k);
  }
  return true;
}
