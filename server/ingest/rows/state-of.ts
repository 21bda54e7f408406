import type { LeadsRecord, OrganizationRecord } from '../../model/types.ts';
import type { StateOf } from './event-row.ts';
import { pushTo } from '../../util/push-to.ts';

/** Leaders act for the state they led on the date (or the one they led last); bodies for their home state. */
export function makeStateOf(leads: readonly LeadsRecord[], organizations: readonly OrganizationRecord[]): StateOf {
  const spans = new Map<string, LeadsRecord[]>();
  for (const l of leads) pushTo(spans, l.leader, l);
  const orgState = new Map(organizations.filter((o) => o.state).map((o) => [o.key, o.state!]));
  return (actor, date) => {
    if (actor.kind === 'State') return actor.key;
    if (actor.kind === 'Organization') return orgState.get(actor.key) ?? null;
    if (actor.kind !== 'Leader') return null;
    const mine = spans.get(actor.key);
    if (!mine || mine.length === 0) return null;
    const during = mine.find((s) => (s.start ?? '') <= date && (s.end === null || date <= s.end));
    return (during ?? mine[mine.length - 1]!).state;
  };
}
