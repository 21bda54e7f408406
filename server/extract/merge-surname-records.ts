// Some leader sources (Archigos) name a leader by surname alone ("Zelensky").
// When a full-named record of the same state starts at about the same time and
// one of its words is spelt (nearly) the same, both are one person: the
// surname-only spans are re-keyed to the full-named leader.
import { foldToken } from './tokenize.ts';
import type { LeaderSpan } from './types.ts';

const DAY = 86_400_000;
const MAX_START_GAP_DAYS = 62;

const isOneWord = (name: string): boolean => !/\s/.test(name.trim());

/** Levenshtein distance, stopping early once it exceeds `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev = cur;
  }
  return (prev[b.length] as number) <= max;
}

const startsNear = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && Math.abs(Date.parse(a) - Date.parse(b)) <= MAX_START_GAP_DAYS * DAY;

function sameWord(surname: string, fullName: string): boolean {
  const s = foldToken(surname);
  return fullName.split(/[\s-]+/).some((w) => {
    const f = foldToken(w.replace(/[.,]$/, ''));
    return f.length >= 3 && (f === s || (s.length >= 5 && withinEdits(s, f, s.length >= 8 ? 2 : 1)));
  });
}

/** The spans with every surname-only record folded into its full-named twin, where there is one. */
export function mergeSurnameRecords(spans: readonly LeaderSpan[]): LeaderSpan[] {
  const fullByState = new Map<string, LeaderSpan[]>();
  for (const s of spans) {
    if (isOneWord(s.name)) continue;
    const list = fullByState.get(s.state) ?? [];
    list.push(s);
    fullByState.set(s.state, list);
  }
  return spans.map((s) => {
    if (!isOneWord(s.name)) return s;
    const twin = (fullByState.get(s.state) ?? []).find((f) => startsNear(f.start, s.start) && sameWord(s.name, f.name));
    return twin ? { ...s, key: twin.key, name: twin.name, aliases: [...new Set([...s.aliases, s.name])] } : s;
  });
}
