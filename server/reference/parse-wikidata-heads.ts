// Wikidata snapshot (2024-10) of current heads of state and government ->
// mentions. Only years are given (startPrecise false). Rows whose label is a
// bare QID get their name from another mention of the same QID, or are dropped.
import { parseCsv } from './parse-csv.ts';
import { partialDate, type LeaderMention } from './leader-mention.ts';
import type { StateNameIndex } from './state-name-index.ts';
import type { LeaderRole } from '../model/types.ts';
import { spellMention } from './spell-mention.ts';

const HEADS_SOURCE = 'wikidata:heads_wikidata_2024-10.csv';
export const WIKIDATA_AS_OF = '2024-10-01';

const HEAD_OF_GOVERNMENT =
  /prime minister|premier|chancellor|taoiseach|head of government|president of the government|council of ministers|chief executive/i;

function roleOfPosition(label: string): LeaderRole {
  return HEAD_OF_GOVERNMENT.test(label) && !/federal president/i.test(label) ? 'head_of_government' : 'head_of_state';
}

export interface UnmatchedRow {
  sourceKey: string;
  line: number;
  what: string;
}

export function parseWikidataHeads(
  text: string,
  stateOf: StateNameIndex,
): { mentions: LeaderMention[]; unmatched: UnmatchedRow[] } {
  const mentions: LeaderMention[] = [];
  const unmatched: UnmatchedRow[] = [];
  for (const r of parseCsv(text, HEADS_SOURCE).records) {
    const state = stateOf(r.get('country'));
    if (!state) {
      unmatched.push({ sourceKey: HEADS_SOURCE, line: r.line, what: `unknown country "${r.get('country')}"` });
      continue;
    }
    const qid = r.get('officeholder').trim();
    const label = r.get('officeholderLabel').trim();
    const title = r.get('positionLabel').trim();
    const s = partialDate(Number(r.get('start_year')) || null);
    const e = partialDate(Number(r.get('end_year')) || null);
    mentions.push(
      spellMention(
        {
          source: 'wikidata-heads',
          sourceKey: HEADS_SOURCE,
          line: r.line,
          personId: `wikidata:${qid}`,
          qid,
          name: /^Q\d+$/.test(label) ? '' : label,
          otherNames: [],
          state,
          role: roleOfPosition(title),
          // a lower-case class label ("monarch", "president") is not a title
          title: title.charAt(0).toUpperCase() + title.slice(1),
          asOf: WIKIDATA_AS_OF,
        },
        s,
        e,
      ),
    );
  }
  return { mentions, unmatched };
}
