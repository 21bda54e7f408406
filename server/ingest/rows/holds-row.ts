import type { HoldsRecord } from '../../model/types.ts';
import { linkRow, type LinkRow } from './link-row.ts';
import { uid } from './uid.ts';

/** (Person)-[:HOLDS]->(State|Organization): one row per office and start, keyed so a reload updates it in place. */
export function holdsRow(h: HoldsRecord & { openAsOf?: string | null }): LinkRow {
  const key = `${h.role}|${h.portfolio ?? ''}|${h.postedTo ?? ''}|${h.start ?? ''}`;
  return linkRow(uid('Leader', h.person), uid(h.holderKind, h.holder), key, {
    office: h.office,
    role: h.role,
    portfolio: h.portfolio,
    postedTo: h.postedTo,
    start: h.start,
    end: h.end,
    openAsOf: h.openAsOf ?? null,
    source: h.source,
  });
}
