// The offices of states that are not LEADS roles (ministers, deputies, envoys, spokespeople…), as
// LeaderSpans, so the gazetteer names their holders, resolves their surnames after a title
// ("Defence Minister Shoigu") and lets them act for their state. Offices of bodies stay out:
// their holders act for the body (see holder-in-office.ts).
import type { LeaderSpan } from '../types.ts';
import type { OfficeSpan } from './office-span.ts';

const LEADS_ROLES = new Set(['head_of_state', 'head_of_government']);

export function officeLeaderSpans(offices: readonly OfficeSpan[]): LeaderSpan[] {
  const out: LeaderSpan[] = [];
  for (const o of offices) {
    if (
      o.holderKind !== 'State' ||
      LEADS_ROLES.has(o.role) ||
      (o.role === 'minister' && o.portfolio === 'foreign_affairs')
    )
      continue;
    // a generic government role (Phoenix "GOV") is no office to resolve a name or title to
    if (o.role === 'official') continue;
    out.push({
      key: o.key,
      name: o.name,
      aliases: o.aliases,
      state: o.holder,
      role: o.role,
      title: o.office,
      start: o.start,
      end: o.end,
    });
  }
  return out;
}

/** People whose only offices are of bodies (a UN Secretary-General never in a cabinet we know). */
export function bodyOnlyHolders(offices: readonly OfficeSpan[], known: (key: string) => boolean): OfficeSpan[] {
  const seen = new Set<string>();
  const out: OfficeSpan[] = [];
  for (const o of offices) {
    if (o.holderKind !== 'Organization' || known(o.key) || seen.has(o.key)) continue;
    seen.add(o.key);
    out.push(o);
  }
  return out;
}
