// The US Office of the Historian's Principal Officers and Chiefs of Mission (CC0,
// data/officials/us_state_dept_pocom_2026-06.csv) -> mentions: Secretaries of State and
// their deputies and spokespeople, and US envoys to bodies and states since 1946.
import { parseCsv } from './parse-csv.ts';
import { parseIsoish, type LeaderMention, type OfficeFacet } from './leader-mention.ts';
import type { UnmatchedRow } from './parse-wikidata-heads.ts';
import type { OfficeParseContext } from './parse-peppercat-offices.ts';
import { officeMention } from './office-mention.ts';

const POCOM_SOURCE = 'pocom:us_state_dept_pocom_2026-06.csv';
const AS_OF = '2026-06-20';
const SINCE = '1946-01-01';
const FROM = { source: 'pocom', sourceKey: POCOM_SOURCE, asOf: AS_OF } as const;

function officeOf(r: { get(c: string): string }, ctx: OfficeParseContext): OfficeFacet | string {
  const kind = r.get('kind');
  const title = r.get('position_title').trim();
  const base = { holderKind: 'State' as const, holder: 'USA', office: title, portfolio: null };
  if (kind === 'principal-officer') {
    const cls = ctx.lexicon.classify(title);
    if (!cls || cls.role === 'envoy') return `office not kept "${title}"`;
    return { ...base, role: cls.role, portfolio: cls.portfolio, postedTo: null };
  }
  if (kind === 'chief-of-mission-igo') {
    const p = ctx.holders.postingOf(title);
    return p ? { ...base, role: 'envoy', postedTo: p.key } : `no body in "${title}"`;
  }
  if (kind === 'chief-of-mission-country') {
    if (!/ambassador/i.test(title)) return `not an ambassador "${title}"`;
    const state = ctx.holders.stateOf(r.get('territory_id').replace(/-/g, ' '));
    return state ? { ...base, role: 'envoy', postedTo: state } : `no state "${r.get('territory_id')}"`;
  }
  return `unknown kind "${kind}"`;
}

export function parsePocom(text: string, ctx: OfficeParseContext) {
  const mentions: LeaderMention[] = [];
  const unmatched: UnmatchedRow[] = [];
  for (const r of parseCsv(text, POCOM_SOURCE).records) {
    const s = parseIsoish(r.get('started') || r.get('appointed'));
    if (!s.date || s.date < SINCE) continue;
    const office = officeOf(r, ctx);
    if (typeof office === 'string') {
      unmatched.push({ sourceKey: POCOM_SOURCE, line: r.line, what: office });
      continue;
    }
    const e = parseIsoish(r.get('ended'));
    const name = [r.get('forename'), r.get('surname'), r.get('genname')]
      .map((x) => x.trim())
      .filter(Boolean)
      .join(' ');
    const personId = `pocom:${r.get('person_id')}`;
    const m = officeMention({ ...FROM, line: r.line, personId, name, otherNames: [] }, office, s, e);
    const birth = Number(r.get('birth'));
    if (birth > 1800) m.birthYear = birth;
    mentions.push(m);
  }
  return { mentions, unmatched };
}
