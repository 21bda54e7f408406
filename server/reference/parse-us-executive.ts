// US Presidents and Vice Presidents (unitedstates/congress-legislators executive.yaml, CC0;
// data/officials/) -> mentions, one per term since 1945. The file's shape is fixed and plain
// (two-space indents, one key per line), so a line reader suffices. Only Vice Presidents 1945-1989 are taken.
import { parseIsoish, type LeaderMention, type OfficeFacet } from './leader-mention.ts';
import { officeMention } from './office-mention.ts';

const US_EXECUTIVE_SOURCE = 'officials:us_executive_congress-legislators.yaml';
const AS_OF = '2025-01-21';
const SINCE = '1945-01-01';
/** From 1989 the core-cabinet table (built from this file and others, with QIDs) gives both offices. */
const UNTIL = '1989-01-01';
const VICE_PRESIDENT: OfficeFacet = {
  holderKind: 'State',
  holder: 'USA',
  role: 'deputy',
  office: 'Vice President of the United States',
  portfolio: null,
  postedTo: null,
};

interface Person {
  line: number;
  first: string;
  last: string;
  full: string;
  wikidata: string;
  birth: string;
}

const value = (line: string) =>
  line
    .slice(line.indexOf(':') + 1)
    .trim()
    .replace(/^'(.*)'$/, '$1');

export function parseUsExecutive(text: string): { mentions: LeaderMention[] } {
  const mentions: LeaderMention[] = [];
  let p: Person | null = null;
  let term: { line: number; type: string; start: string; end: string } | null = null;
  const flush = () => {
    const t = term;
    term = null;
    // Presidents come from the leader sets (REIGN, Archigos) and the cabinet table; their names here
    // ("James Carter") would make a second person. Vice Presidents before 1989 are this file's own.
    if (!p || !t || t.start < SINCE || t.start >= UNTIL || t.type === 'prez') return;
    const s = parseIsoish(t.start);
    // a scheduled end after the snapshot is not yet an end
    const e = t.end > AS_OF ? { date: null, precise: false } : parseIsoish(t.end);
    const head = { source: 'officials', sourceKey: US_EXECUTIVE_SOURCE, line: t.line, asOf: AS_OF } as const;
    const name = p.full || `${p.first} ${p.last}`;
    const m = officeMention(
      { ...head, name, otherNames: p.full ? [`${p.first} ${p.last}`] : [] },
      { ...VICE_PRESIDENT },
      s,
      e,
    );
    if (p.wikidata) {
      m.qid = p.wikidata;
      m.personId = `wikidata:${p.wikidata}`;
    }
    if (p.birth) m.birthYear = Number(p.birth.slice(0, 4));
    mentions.push(m);
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('- id:')) {
      flush();
      p = { line: i + 1, first: '', last: '', full: '', wikidata: '', birth: '' };
    } else if (!p) return;
    else if (/^ {4}first:/.test(line)) p.first = value(line);
    else if (/^ {4}last:/.test(line)) p.last = value(line);
    else if (/^ {4}official_full:/.test(line)) p.full = value(line);
    else if (/^ {4}wikidata:/.test(line)) p.wikidata = value(line);
    else if (/^ {4}birthday:/.test(line)) p.birth = value(line);
    else if (/^ {2}- type:/.test(line)) {
      flush();
      term = { line: i + 1, type: value(line), start: '', end: '' };
    } else if (term && /^ {4}start:/.test(line)) term.start = value(line);
    else if (term && /^ {4}end:/.test(line)) term.end = value(line);
  });
  flush();
  return { mentions };
}
