import type { LeaderMention } from './leader-mention.ts';

/** A date as the data sets give it: the day (or the first day of the month or year known), and whether it is exact. */
export interface DatePart {
  date: string | null;
  precise: boolean;
}

/** A mention's fields that come from its row, beyond the two ends of the spell. */
export type MentionHead = Omit<LeaderMention, 'start' | 'end' | 'startPrecise' | 'endPrecise'>;

/** A data set's row as a mention: who, where and in what office, from `start` to `end`, each as precise as given. */
export function spellMention(head: MentionHead, start: DatePart, end: DatePart): LeaderMention {
  return { ...head, start: start.date, end: end.date, startPrecise: start.precise, endPrecise: end.precise };
}
