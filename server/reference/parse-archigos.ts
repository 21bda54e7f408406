// Archigos 4.1 spells -> effective-leader mentions. Names are often surnames
// only ("Clinton"); the DBpedia link, where present, gives the full name.
// Exit "Still in Office" = in office at the end of 2015 -> end null.
import { parseCsv } from './parse-csv.ts';
import { parseIsoish, stateOfCow, type LeaderMention, type SkippedSpell } from './leader-mention.ts';
import type { CowMapping } from './cow-to-iso.ts';
import { spellMention } from './spell-mention.ts';
import { EFFECTIVE_LEADER } from './effective-leader.ts';

const ARCHIGOS_SOURCE = 'archigos:archigos_4.1_spells.csv';
const ARCHIGOS_AS_OF = '2015-12-31';
const FROM = { source: 'archigos', sourceKey: ARCHIGOS_SOURCE, asOf: ARCHIGOS_AS_OF } as const;

function dbpediaName(uri: string): string | undefined {
  const m = /dbpedia\.org\/resource\/(.+)$/.exec(uri.trim());
  if (!m?.[1]) return undefined;
  let s: string;
  try {
    s = decodeURIComponent(m[1]);
  } catch {
    s = m[1];
  }
  return (
    s
      .replace(/_/g, ' ')
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trim() || undefined
  );
}

export function parseArchigos(text: string, cow: CowMapping): { mentions: LeaderMention[]; skipped: SkippedSpell[] } {
  const mentions: LeaderMention[] = [];
  const skipped: SkippedSpell[] = [];
  for (const r of parseCsv(text, ARCHIGOS_SOURCE).records) {
    const name = r.get('leader').trim();
    if (!name) continue;
    const state = stateOfCow(
      cow,
      { ccode: r.get('ccode'), name, line: r.line },
      { file: 'archigos spells', sourceKey: ARCHIGOS_SOURCE },
      skipped,
    );
    if (!state) continue;
    const s = parseIsoish(r.get('startdate'));
    const still = r.get('exit') === 'Still in Office';
    const e = still ? { date: null, precise: false } : parseIsoish(r.get('enddate'));
    const born = Number(r.get('yrborn'));
    const g = r.get('gender').trim();
    const personId = `archigos:${r.get('leadid')}`;
    const m = spellMention({ ...FROM, line: r.line, personId, name, otherNames: [], state, ...EFFECTIVE_LEADER }, s, e);
    const full = dbpediaName(r.get('dbpedia_uri'));
    if (full) m.fullName = full;
    if (born > 1700) m.birthYear = born;
    if (g === 'M') m.gender = 'male';
    else if (g === 'F') m.gender = 'female';
    mentions.push(m);
  }
  return { mentions, skipped };
}
