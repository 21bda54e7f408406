// One person's mentions -> LEADS records. Spans of the same (state, role)
// from different data sets that overlap describe the same tenure and become
// one record: the earliest precise start (a year-only start counts only when
// no set gives the day), the end of the most recent data set (a precise end
// from another set within a year replaces an imprecise one), the longest
// title. Spans of one data set are never merged (separate terms stay apart).
import { dayNumber, type LeaderMention, type LeaderSource } from './leader-mention.ts';
import type { ReferenceLeadsRecord } from './merge-leaders.ts';
import { pushTo } from '../util/push-to.ts';
import type { LeaderRole } from '../model/types.ts';

const ORDER: LeaderSource[] = [
  'reign',
  'archigos',
  'wikidata-peppercat',
  'wikidata-peppercat-historic',
  'officials',
  'wikidata-heads',
  'wikidata-peppercat-current',
  'pocom',
  'phoenix',
];

function overlaps(a: LeaderMention[], m: LeaderMention): boolean {
  if (!m.start) return false;
  return a.some((o) => {
    if (!o.start || o.source === m.source) return false;
    const slack = o.startPrecise && m.startPrecise ? 0 : 366;
    return (
      dayNumber(m.start as string) <= dayNumber(o.end ?? o.asOf) + slack &&
      dayNumber(o.start) <= dayNumber(m.end ?? m.asOf) + slack
    );
  });
}

function combine(leader: string, group: LeaderMention[]): ReferenceLeadsRecord {
  const bySource = [...group].sort((a, b) => ORDER.indexOf(a.source) - ORDER.indexOf(b.source));
  const precise = group.filter((m) => m.start && m.startPrecise).map((m) => m.start as string);
  const starts = precise.length ? precise : group.map((m) => m.start).filter((s): s is string => !!s);
  const latest = [...group].sort((a, b) =>
    a.asOf > b.asOf ? -1 : a.asOf < b.asOf ? 1 : ORDER.indexOf(a.source) - ORDER.indexOf(b.source),
  )[0] as LeaderMention;
  let end = latest.end;
  if (end && !latest.endPrecise) {
    const better = group.find(
      (m) => m.end && m.endPrecise && Math.abs(dayNumber(m.end) - dayNumber(end as string)) <= 366,
    );
    if (better) end = better.end;
  }
  const title = group.map((m) => m.title).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? '';
  const first = bySource[0] as LeaderMention;
  return {
    leader,
    state: first.state,
    role: first.role as LeaderRole,
    title,
    start: starts.sort()[0] ?? null,
    end,
    source: first.sourceKey,
    sources: [...new Set(bySource.map((m) => m.sourceKey))],
  };
}

export function mergeSpans(leader: string, mentions: LeaderMention[]): ReferenceLeadsRecord[] {
  const byOffice = new Map<string, LeaderMention[]>();
  // only the four leader roles of states become LEADS; every office becomes HOLDS (merge-offices.ts)
  for (const m of mentions)
    if (m.role && m.office?.holderKind !== 'Organization') pushTo(byOffice, `${m.state}|${m.role}`, m);
  const out: ReferenceLeadsRecord[] = [];
  for (const list of byOffice.values()) {
    list.sort((a, b) =>
      (a.start ?? '') < (b.start ?? '')
        ? -1
        : (a.start ?? '') > (b.start ?? '')
          ? 1
          : ORDER.indexOf(a.source) - ORDER.indexOf(b.source),
    );
    const groups: LeaderMention[][] = [];
    for (const m of list) {
      const g = groups.find((g) => !g.some((o) => o.source === m.source) && overlaps(g, m));
      if (g) g.push(m);
      else groups.push([m]);
    }
    const seen = new Set<string>();
    for (const g of groups) {
      const r = combine(leader, g);
      const k = `${r.state}|${r.role}|${r.start}`;
      if (seen.has(k)) continue; // one LEADS per (leader, state, role, start)
      seen.add(k);
      out.push(r);
    }
  }
  return out;
}
