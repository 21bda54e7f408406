// One person's mentions -> HOLDS records. Rows of any data set that name the same office
// (holder, role, portfolio, posting) with overlapping dates describe one tenure: the
// earliest start, the latest end (an open end only when no row closes it), every source.
import type { HoldsRecord } from '../model/types.ts';
import { dayNumber, type LeaderMention, type OfficeFacet } from './leader-mention.ts';
import { officeOfMention } from './office-of-mention.ts';

export interface ReferenceHoldsRecord extends HoldsRecord {
  sources: string[];
  /** for an open end: the day up to which the data set says the office was held */
  openAsOf: string | null;
}

const lo = (m: LeaderMention) => (m.start ? dayNumber(m.start) : -Infinity);
const hi = (m: LeaderMention) => dayNumber(m.end ?? m.asOf);

export function mergeOffices(person: string, mentions: readonly LeaderMention[]): ReferenceHoldsRecord[] {
  const byOffice = new Map<string, { office: OfficeFacet; ms: LeaderMention[] }>();
  for (const m of mentions) {
    const o = officeOfMention(m);
    if (!o) continue;
    const k = `${o.holderKind}|${o.holder}|${o.role}|${o.portfolio ?? ''}|${o.postedTo ?? ''}`;
    const g = byOffice.get(k);
    if (g) g.ms.push(m);
    else byOffice.set(k, { office: o, ms: [m] });
  }
  const out: ReferenceHoldsRecord[] = [];
  for (const { office, ms } of byOffice.values()) {
    ms.sort((a, b) => lo(a) - lo(b));
    const groups: LeaderMention[][] = [];
    for (const m of ms) {
      const last = groups[groups.length - 1];
      // year-only dates get a year's slack so 2013 overlaps 2013-03-14
      const slack = last && last.every((o) => o.startPrecise) && m.startPrecise ? 0 : 366;
      if (last && lo(m) <= Math.max(...last.map(hi)) + slack) last.push(m);
      else groups.push([m]);
    }
    for (const g of groups) out.push(combine(person, office, g));
  }
  return out.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.holder.localeCompare(b.holder));
}

function combine(person: string, office: OfficeFacet, g: LeaderMention[]): ReferenceHoldsRecord {
  const precise = g
    .filter((m) => m.start && m.startPrecise)
    .map((m) => m.start as string)
    .sort();
  const starts = precise.length
    ? precise
    : g
        .map((m) => m.start)
        .filter((s): s is string => !!s)
        .sort();
  const ends = g
    .map((m) => m.end)
    .filter((e): e is string => !!e)
    .sort();
  const open = g.filter((m) => !m.end);
  // an open row of a set that is newer than every closing date says the office is still held
  const latestEnd = ends[ends.length - 1] ?? null;
  const stillOpen = open.some((m) => latestEnd === null || (m.asOf > latestEnd && (m.start ?? '') > latestEnd));
  const end = stillOpen ? null : latestEnd;
  const title = g.map((m) => m.title).sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? office.office;
  return {
    person,
    holderKind: office.holderKind,
    holder: office.holder,
    role: office.role,
    office: title,
    portfolio: office.portfolio,
    postedTo: office.postedTo,
    start: starts[0] ?? null,
    end,
    source: g[0]?.sourceKey ?? '',
    sources: [...new Set(g.map((m) => m.sourceKey))],
    openAsOf:
      end === null
        ? (open
            .map((m) => m.asOf)
            .sort()
            .pop() ?? null)
        : null,
  };
}
