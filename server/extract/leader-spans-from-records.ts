// Joins LeaderRecord and LeadsRecord rows (the graph's shapes) into LeaderSpans.
import type { LeaderRecord, LeadsRecord } from '../model/types.ts';
import type { LeaderSpan } from './types.ts';

/** One span per LEADS row whose leader is known; unknown leaders are skipped. */
export function leaderSpansFromRecords(leaders: readonly LeaderRecord[], leads: readonly LeadsRecord[]): LeaderSpan[] {
  const byKey = new Map(leaders.map((l) => [l.key, l]));
  const out: LeaderSpan[] = [];
  for (const r of leads) {
    const l = byKey.get(r.leader);
    if (!l) continue;
    out.push({
      key: l.key,
      name: l.name,
      aliases: l.aliases,
      state: r.state,
      role: r.role,
      title: r.title,
      start: r.start,
      end: r.end,
    });
  }
  return out;
}
