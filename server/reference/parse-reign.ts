// REIGN leader list -> effective-leader mentions. REIGN gives the start day
// but only the month of the end: the end day is taken from the next spell of
// the same state when it starts in that month (handovers are contiguous),
// otherwise the 1st of the month (endPrecise false). Blank end = in office at
// March 2021 -> end null.
import { parseCsv } from './parse-csv.ts';
import { partialDate, stateOfCow, type LeaderMention, type SkippedSpell } from './leader-mention.ts';
import type { CowMapping } from './cow-to-iso.ts';
import { pushTo } from '../util/push-to.ts';
import { spellMention } from './spell-mention.ts';
import { EFFECTIVE_LEADER } from './effective-leader.ts';

const REIGN_SOURCE = 'reign:leaderlist_3_21.csv';
const REIGN_AS_OF = '2021-03-31';
const FROM = { source: 'reign', sourceKey: REIGN_SOURCE, asOf: REIGN_AS_OF } as const;

export function parseReign(text: string, cow: CowMapping): { mentions: LeaderMention[]; skipped: SkippedSpell[] } {
  const mentions: LeaderMention[] = [];
  const skipped: SkippedSpell[] = [];
  const num = (s: string) => (s.trim() === '' ? null : Number(s));
  for (const r of parseCsv(text, REIGN_SOURCE).records) {
    const raw = r.get('leader').trim();
    if (!raw) continue;
    const state = stateOfCow(
      cow,
      { ccode: r.get('ccode'), name: raw, line: r.line },
      { file: 'reign leaderlist', sourceKey: REIGN_SOURCE },
      skipped,
    );
    if (!state) continue;
    // "Ulukalala Lavaka Ata (Tupou VI)": the bracket is another name
    const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(raw);
    const name = paren ? (paren[1] ?? raw) : raw;
    const s = partialDate(num(r.get('syear')), num(r.get('smonth')), num(r.get('sdate')));
    const e = partialDate(num(r.get('eyear')), num(r.get('emonth')), null);
    const birth = num(r.get('birthyear'));
    const g = r.get('gender').trim();
    const personId = `reign:${r.get('leadid')}`;
    const otherNames = paren?.[2] ? [paren[2]] : [];
    const m = spellMention({ ...FROM, line: r.line, personId, name, otherNames, state, ...EFFECTIVE_LEADER }, s, e);
    if (birth && birth > 1700) m.birthYear = birth;
    if (g === '1') m.gender = 'male';
    else if (g === '0') m.gender = 'female';
    mentions.push(m);
  }
  // end day from the successor's start in the same month
  const byState = new Map<string, LeaderMention[]>();
  for (const m of mentions) pushTo(byState, m.state, m);
  for (const list of byState.values()) {
    const starts = list.filter((m) => m.start && m.startPrecise).map((m) => m.start as string);
    for (const m of list) {
      if (!m.end) continue;
      const month = m.end.slice(0, 7);
      const next = starts.filter((s) => s.startsWith(month) && (!m.start || s > m.start)).sort()[0];
      if (next) {
        m.end = next;
        m.endPrecise = true;
      }
    }
  }
  return { mentions, skipped };
}
