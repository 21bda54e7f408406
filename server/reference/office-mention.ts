import type { LeaderMention, OfficeFacet } from './leader-mention.ts';
import { leaderRoleOf } from './leader-role-of.ts';
import { spellMention, type DatePart, type MentionHead } from './spell-mention.ts';

/** A row naming the holder of an office: the mention stands for the office's state or body, under the office's title. */
export function officeMention(
  head: Omit<MentionHead, 'state' | 'role' | 'office' | 'title'>,
  office: OfficeFacet,
  start: DatePart,
  end: DatePart,
): LeaderMention {
  return spellMention(
    { ...head, state: office.holder, role: leaderRoleOf(office), office, title: office.office },
    start,
    end,
  );
}
