// The two hand-built officials tables (data/officials/, each row naming its source): heads of
// international bodies 1990-2025 and the core US cabinet 1989-2025 -> mentions with offices.
import { parseCsv } from './parse-csv.ts';
import { parseIsoish, type LeaderMention, type OfficeFacet } from './leader-mention.ts';
import type { UnmatchedRow } from './parse-wikidata-heads.ts';
import type { OfficeParseContext } from './parse-peppercat-offices.ts';
import { officeMention } from './office-mention.ts';

const IGO_HEADS_SOURCE = 'officials:igo_heads_1990-2025.csv';
const US_CABINET_SOURCE = 'officials:us_cabinet_core_1989-2025.csv';
const AS_OF = '2025-10-01';

/** The table's body codes that differ from the graph's organization keys. */
const BODY_KEYS: Record<string, string> = { LAS: 'ARAB_LEAGUE', OAU: 'AU' };

function mention(sourceKey: string, line: number, r: { get(c: string): string }, office: OfficeFacet): LeaderMention {
  const s = parseIsoish(r.get('start'));
  const e = parseIsoish(r.get('end'));
  const head = { source: 'officials', sourceKey, line, asOf: AS_OF } as const;
  const m = officeMention({ ...head, name: r.get('person').trim(), otherNames: [] }, office, s, e);
  const qid = r.get('wikidata_qid').trim();
  if (/^Q\d+$/.test(qid)) {
    m.qid = qid;
    m.personId = `wikidata:${qid}`;
  }
  return m;
}

export function parseIgoHeads(text: string, known: (orgKey: string) => boolean) {
  const mentions: LeaderMention[] = [];
  const unmatched: UnmatchedRow[] = [];
  for (const r of parseCsv(text, IGO_HEADS_SOURCE).records) {
    const code = r.get('org').trim();
    const title = r.get('position').trim();
    let holder = BODY_KEYS[code] ?? code;
    if (/european commission/i.test(title)) holder = 'EU_COMMISSION';
    if (!known(holder)) {
      unmatched.push({ sourceKey: IGO_HEADS_SOURCE, line: r.line, what: `unknown body "${code}"` });
      continue;
    }
    const office: OfficeFacet = {
      holderKind: 'Organization',
      holder,
      role: 'head_of_body',
      office: title,
      portfolio: null,
      postedTo: null,
    };
    mentions.push(mention(IGO_HEADS_SOURCE, r.line, r, office));
  }
  return { mentions, unmatched };
}

export function parseUsCabinet(text: string, ctx: OfficeParseContext) {
  const mentions: LeaderMention[] = [];
  const unmatched: UnmatchedRow[] = [];
  for (const r of parseCsv(text, US_CABINET_SOURCE).records) {
    const title = r.get('position').trim();
    const cls = ctx.lexicon.classify(title);
    const posting = cls?.role === 'envoy' ? ctx.holders.postingOf(title) : null;
    if (!cls || (cls.role === 'envoy' && !posting)) {
      unmatched.push({ sourceKey: US_CABINET_SOURCE, line: r.line, what: `office not kept "${title}"` });
      continue;
    }
    const office: OfficeFacet = {
      holderKind: 'State',
      holder: 'USA',
      role: cls.role,
      office: title,
      portfolio: cls.portfolio,
      postedTo: posting?.key ?? null,
    };
    mentions.push(mention(US_CABINET_SOURCE, r.line, r, office));
  }
  return { mentions, unmatched };
}
