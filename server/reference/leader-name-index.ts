// Finds the Leader a person name in an event refers to: a compatible name
// (see name-match.ts) with at least two full tokens in common, in office
// within two years of the date. Ties go to the one in office on the day; a
// remaining tie, or no one near the date, goes to a unique exact full name;
// otherwise no match.
import type { LeaderRecord, LeadsRecord } from '../model/types.ts';
import { nameTokens } from './leader-key.ts';
import { namesCompatible } from './name-match.ts';
import { dayNumber } from './leader-mention.ts';
import { pushTo } from '../util/push-to.ts';

const SLACK_DAYS = 730;

export type LeaderLookup = (name: string, date: string) => LeaderRecord | undefined;

export function buildLeaderNameIndex(leaders: readonly LeaderRecord[], leads: readonly LeadsRecord[]): LeaderLookup {
  const spans = new Map<string, [number, number][]>();
  for (const l of leads) {
    const s = l.start ? dayNumber(l.start) : -Infinity;
    const e = l.end ? dayNumber(l.end) : Infinity;
    pushTo(spans, l.leader, [s, e]);
  }
  const byToken = new Map<string, { leader: LeaderRecord; name: string }[]>();
  for (const leader of leaders)
    for (const name of [leader.name, ...leader.aliases])
      for (const t of new Set(nameTokens(name))) if (t.length > 1) pushTo(byToken, t, { leader, name });
  const cache = new Map<string, { leader: LeaderRecord; exact: boolean }[]>();
  const candidates = (name: string) => {
    let c = cache.get(name);
    if (c) return c;
    const toks = nameTokens(name);
    const words = toks.filter((t) => t.length > 1);
    // the rarest token that some leader has (a patronymic may be in no name)
    const pool =
      words
        .map((w) => byToken.get(w) ?? [])
        .filter((l) => l.length > 0)
        .sort((a, b) => a.length - b.length)[0] ?? [];
    const found = new Map<string, { leader: LeaderRecord; exact: boolean }>();
    for (const p of pool) {
      const pt = nameTokens(p.name);
      const common = words.filter((w) => pt.includes(w)).length;
      if (common < Math.min(2, words.length, pt.length) || !namesCompatible(name, p.name)) continue;
      if (common < 2 && !(pt.length === toks.length)) continue; // one shared surname is not enough
      const exact = pt.join(' ') === toks.join(' ');
      const cur = found.get(p.leader.key);
      if (!cur || (exact && !cur.exact)) found.set(p.leader.key, { leader: p.leader, exact });
    }
    c = [...found.values()];
    cache.set(name, c);
    return c;
  };
  return (name, date) => {
    const cands = candidates(name);
    if (cands.length === 0) return undefined;
    const d = dayNumber(date);
    const near = cands.filter((c) =>
      (spans.get(c.leader.key) ?? []).some(([s, e]) => d >= s - SLACK_DAYS && d <= e + SLACK_DAYS),
    );
    if (near.length === 1) return near[0]?.leader;
    const inOffice = near.filter((c) => (spans.get(c.leader.key) ?? []).some(([s, e]) => d >= s && d <= e));
    if (inOffice.length === 1) return inOffice[0]?.leader;
    // outside any office we know (Xi Jinping as vice-president): a unique exact name
    const exact = (inOffice.length ? inOffice : near.length ? near : cands).filter((c) => c.exact);
    return exact.length === 1 ? exact[0]?.leader : undefined;
  };
}
