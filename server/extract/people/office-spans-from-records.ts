// Joins LeaderRecord and HoldsRecord rows (the graph's shapes) into OfficeSpans.
import type { HoldsRecord, LeaderRecord } from '../../model/types.ts';
import type { OfficeSpan } from './office-span.ts';

export function officeSpansFromRecords(leaders: readonly LeaderRecord[], holds: readonly HoldsRecord[]): OfficeSpan[] {
  const byKey = new Map(leaders.map((l) => [l.key, l]));
  const out: OfficeSpan[] = [];
  for (const h of holds) {
    const l = byKey.get(h.person);
    if (!l) continue;
    out.push({
      key: l.key,
      name: l.name,
      aliases: l.aliases,
      holderKind: h.holderKind,
      holder: h.holder,
      role: h.role,
      portfolio: h.portfolio,
      postedTo: h.postedTo,
      office: h.office,
      start: h.start,
      end: h.end,
    });
  }
  return out;
}
