// Peppercat's arrangement of Wikidata office holders (CC BY-NC 4.0, data/noncommercial/): every
// cabinet 1995-2023 (historic) and the holders of January 2025 (current) -> mentions with offices.
// A catalog that is not a state (a region, a territory) is reported, not loaded; the "World" and
// "European Union" catalogs give heads of bodies, found by the body's name in the title.
import { parseCsv } from './parse-csv.ts';
import { parseIsoish, type LeaderMention, type OfficeFacet } from './leader-mention.ts';
import type { UnmatchedRow } from './parse-wikidata-heads.ts';
import type { OfficeLexicon } from './office-lexicon.ts';
import type { HolderLookup } from './office-holder-lookup.ts';
import { officeMention } from './office-mention.ts';

const PEPPERCAT_HISTORIC_SOURCE = 'peppercat:peppercat_leaders_historic_2023-01-20.csv';
const PEPPERCAT_CURRENT_SOURCE = 'peppercat:peppercat_current_2025-01-31.csv';
const HISTORIC_AS_OF = '2023-01-20';
const BODY_CATALOGS = new Set(['World', 'European Union']);

export interface OfficeParseContext {
  lexicon: OfficeLexicon;
  holders: HolderLookup;
}

/** The office a title names in a catalog, or null (with why) when the graph does not keep it. */
function officeIn(catalog: string, title: string, ctx: OfficeParseContext): OfficeFacet | string {
  const cls = ctx.lexicon.classify(title);
  if (!cls) return `office not kept "${title}"`;
  let holderKind: OfficeFacet['holderKind'] = 'State';
  let holder: string | undefined;
  if (BODY_CATALOGS.has(catalog)) {
    holderKind = 'Organization';
    holder = ctx.holders.bodyIn(title) ?? (catalog === 'European Union' ? 'EU' : undefined);
    if (/european commission/i.test(title) && !/^(vice|member)/i.test(title)) holder = 'EU_COMMISSION';
  } else holder = ctx.holders.stateOf(catalog);
  if (!holder) return `no state or body for "${catalog}"`;
  // a body's president is the head of that body, not of a state
  const role =
    holderKind === 'Organization' && (cls.role === 'head_of_state' || cls.role === 'head_of_government')
      ? 'head_of_body'
      : cls.role;
  if (
    holderKind === 'State' &&
    (role === 'head_of_state' || role === 'head_of_government') &&
    !headOfThisState(title, holder, ctx)
  ) {
    return `head of a place other than the state "${title}"`;
  }
  let postedTo: string | null = null;
  if (role === 'envoy') {
    const p = ctx.holders.postingOf(title);
    if (!p) return `no posting in "${title}"`;
    postedTo = p.key;
  }
  return { holderKind, holder, role, office: title, portfolio: cls.portfolio, postedTo };
}

/** Words that make the place of "President of the Presidium of …" an institution of the state, not a region. */
const INSTITUTION =
  /\b(council|government|presidium|assembly|ministers|cabinet|confederation|union|realm|commonwealth)\b/i;

/**
 * A head of state or government of the catalog's state, not of one of its regions or courts ("President of
 * Tatarstan", "Chief Executive of Macau", "President of the Supreme People's Court"): the last "of …" of the
 * title names the state itself or one of its institutions.
 */
function headOfThisState(title: string, state: string, ctx: OfficeParseContext): boolean {
  const m = /\bof\s+(?:the\s+)?([^,(]+?)\s*(?:\(.*)?$/i.exec(title.replace(/.*\bof\s+(?=[^]*\bof\b)/i, ''));
  if (!m) return true;
  const place = (m[1] as string).trim();
  const named = ctx.holders.stateOf(place);
  return named === state || (!named && INSTITUTION.test(place));
}

/** The English Wikipedia title of the person's article, the name news uses ("Des Browne" for "Des Browne, Baron
 * Browne of Ladyton", "Stelian Ion" for "Stelian Cristian Ion"), without its "(diplomat)" disambiguation. */
export function enwikiName(cell: string): string {
  const title = /^https?:/.test(cell) ? decodeURIComponent(cell.replace(/^.*\/wiki\//, '')).replace(/_/g, ' ') : cell;
  return title.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

interface Columns {
  enwiki: string;
  qid: string;
  start: string;
  end: string | null;
  dob: string;
  source: LeaderMention['source'];
  sourceKey: string;
}

function parseOffices(
  text: string,
  cols: Columns,
  ctx: OfficeParseContext,
  asOf: (r: { get(c: string): string }) => string,
) {
  const mentions: LeaderMention[] = [];
  const unmatched: UnmatchedRow[] = [];
  for (const r of parseCsv(text, cols.sourceKey).records) {
    const catalog = r.get('catalog').trim();
    const name = r.get('person').trim();
    if (!name) continue;
    for (const title of r
      .get('position')
      .split(' | ')
      .map((t) => t.trim())
      .filter(Boolean)) {
      const office = officeIn(catalog, title, ctx);
      if (typeof office === 'string') {
        unmatched.push({ sourceKey: cols.sourceKey, line: r.line, what: office });
        continue;
      }
      const s = parseIsoish(r.get(cols.start));
      const e = cols.end ? parseIsoish(r.get(cols.end)) : { date: null, precise: false };
      const head = { source: cols.source, sourceKey: cols.sourceKey, line: r.line, asOf: asOf(r) };
      const m = officeMention(
        { ...head, name, otherNames: [enwikiName(r.get(cols.enwiki))].filter((n) => n && n !== name) },
        office,
        s,
        e,
      );
      const qid = r.get(cols.qid).trim();
      if (/^Q\d+$/.test(qid)) {
        m.qid = qid;
        m.personId = `wikidata:${qid}`;
      }
      const dob = parseIsoish(r.get(cols.dob));
      if (dob.date) m.birthYear = Number(dob.date.slice(0, 4));
      const g = r.get('gender').trim();
      if (g) m.gender = g;
      mentions.push(m);
    }
  }
  return { mentions, unmatched };
}

export function parsePeppercatHistoric(text: string, ctx: OfficeParseContext) {
  const cols: Columns = {
    enwiki: 'enwiki',
    qid: 'personID',
    start: 'start',
    end: 'end',
    dob: 'DOB',
    source: 'wikidata-peppercat-historic',
    sourceKey: PEPPERCAT_HISTORIC_SOURCE,
  };
  return parseOffices(text, cols, ctx, () => HISTORIC_AS_OF);
}

export function parsePeppercatCurrent(text: string, ctx: OfficeParseContext) {
  const cols: Columns = {
    enwiki: 'enwiki_url',
    qid: 'wikidata_qid',
    start: 'in_office_since',
    end: null,
    dob: 'born',
    source: 'wikidata-peppercat-current',
    sourceKey: PEPPERCAT_CURRENT_SOURCE,
  };
  // an open office is known to be held on the day the page last changed
  return parseOffices(text, cols, ctx, (r) => parseIsoish(r.get('page_last_change')).date ?? '2025-01-31');
}
