// The HOLDS office of a leader-set row: the officials parsers set it; a LEADS row of the four
// leader sets maps its role (a foreign minister is a minister of foreign affairs; the
// "effective leader" of REIGN and Archigos is a reading of power, not an office, so none).
import type { LeaderMention, OfficeFacet } from './leader-mention.ts';

export function officeOfMention(m: LeaderMention): OfficeFacet | null {
  if (m.office) return m.office;
  const base = { holderKind: 'State' as const, holder: m.state, office: m.title, postedTo: null };
  if (m.role === 'head_of_state' || m.role === 'head_of_government') return { ...base, role: m.role, portfolio: null };
  if (m.role === 'foreign_minister') return { ...base, role: 'minister', portfolio: 'foreign_affairs' };
  return null;
}
