// Wikidata holders of head-of-state, head-of-government and foreign-minister
// offices since 1946 -> mentions. Rows without an ISO3 (Abkhazia, Transnistria…)
// or with an ISO3 that is not a world-countries state are reported, not loaded.
import { parseCsv } from './parse-csv.ts';
import { parseIsoish, type LeaderMention } from './leader-mention.ts';
import { WIKIDATA_AS_OF, type UnmatchedRow } from './parse-wikidata-heads.ts';
import type { LeaderRole } from '../model/types.ts';
import { spellMention } from './spell-mention.ts';

const PEPPERCAT_SOURCE = 'peppercat:leaders_hos_hog_fm.csv';
const ROLES = new Set<LeaderRole>(['head_of_state', 'head_of_government', 'foreign_minister']);

export function parsePeppercat(
  text: string,
  isStateCode: (iso3: string) => boolean,
): { mentions: LeaderMention[]; unmatched: UnmatchedRow[] } {
  const mentions: LeaderMention[] = [];
  const unmatched: UnmatchedRow[] = [];
  for (const r of parseCsv(text, PEPPERCAT_SOURCE).records) {
    const state = r.get('iso3').trim();
    const role = r.get('role').trim() as LeaderRole;
    if (!state || !isStateCode(state)) {
      unmatched.push({ sourceKey: PEPPERCAT_SOURCE, line: r.line, what: `no state for "${r.get('catalog')}"` });
      continue;
    }
    if (!ROLES.has(role)) {
      unmatched.push({ sourceKey: PEPPERCAT_SOURCE, line: r.line, what: `unknown role "${role}"` });
      continue;
    }
    const qid = r.get('wikidata_qid').trim();
    const s = parseIsoish(r.get('start'));
    const e = parseIsoish(r.get('end'));
    const dob = parseIsoish(r.get('dob'));
    const enwiki = r
      .get('enwiki')
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trim();
    const name = r.get('person').trim();
    const m = spellMention(
      {
        source: 'wikidata-peppercat',
        sourceKey: PEPPERCAT_SOURCE,
        line: r.line,
        name,
        otherNames: enwiki && enwiki !== name ? [enwiki] : [],
        state,
        role,
        title: r.get('position').trim(),
        asOf: WIKIDATA_AS_OF,
      },
      s,
      e,
    );
    if (qid) {
      m.qid = qid;
      m.personId = `wikidata:${qid}`;
    }
    if (dob.date) m.birthYear = Number(dob.date.slice(0, 4));
    const g = r.get('gender').trim();
    if (g) m.gender = g;
    mentions.push(m);
  }
  return { mentions, unmatched };
}
