import type { LeaderRole } from '../model/types.ts';
import type { OfficeFacet } from './leader-mention.ts';

/** The LEADS role an office of a state also is, if any. */
export function leaderRoleOf(office: OfficeFacet): LeaderRole | null {
  if (office.holderKind !== 'State') return null;
  if (office.role === 'head_of_state' || office.role === 'head_of_government') return office.role;
  return office.role === 'minister' && office.portfolio === 'foreign_affairs' ? 'foreign_minister' : null;
}
