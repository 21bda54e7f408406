// The leader and officials data sets -> one LeaderRecord per person, their LEADS and HOLDS.
import type { LeaderRecord } from '../model/types.ts';
import type { CowMapping } from './cow-to-iso.ts';
import type { StateNameIndex } from './state-name-index.ts';
import { parseReign } from './parse-reign.ts';
import type { LeaderMention, SkippedSpell } from './leader-mention.ts';
import { parseArchigos } from './parse-archigos.ts';
import { parseWikidataHeads, type UnmatchedRow } from './parse-wikidata-heads.ts';
import { parsePeppercat } from './parse-peppercat.ts';
import { mergeLeaders, type ReferenceLeadsRecord } from './merge-leaders.ts';
import type { ReferenceHoldsRecord } from './merge-offices.ts';
import { parsePeppercatCurrent, parsePeppercatHistoric, type OfficeParseContext } from './parse-peppercat-offices.ts';
import { parseIgoHeads, parseUsCabinet } from './parse-officials-tables.ts';
import { parsePocom } from './parse-pocom.ts';
import { parsePhoenix } from './parse-phoenix.ts';
import { parseUsExecutive } from './parse-us-executive.ts';

export interface LeaderFiles {
  reign: string;
  archigos: string;
  wikidataHeads: string;
  peppercat: string;
  peppercatHistoric: string;
  peppercatCurrent: string;
  igoHeads: string;
  usCabinet: string;
  usExecutive: string;
  pocom: string;
  phoenix: string;
}

export interface LeaderContext {
  cow: CowMapping;
  stateOf: StateNameIndex;
  isStateCode: (iso3: string) => boolean;
  /** needed for the officials files: the office lexicon and the state/body lookup */
  offices?: OfficeParseContext & { isBodyKey: (key: string) => boolean };
}

export interface ParsedLeaders {
  leaders: LeaderRecord[];
  leads: ReferenceLeadsRecord[];
  holds: ReferenceHoldsRecord[];
  /** spells of states without a present successor (GDR, South Vietnam…) */
  skipped: SkippedSpell[];
  /** rows of entities that are not world-countries states, or offices the graph does not keep */
  unmatched: UnmatchedRow[];
}

export function parseLeaders(files: Partial<LeaderFiles>, ctx: LeaderContext): ParsedLeaders {
  const reign = files.reign ? parseReign(files.reign, ctx.cow) : { mentions: [], skipped: [] };
  const archigos = files.archigos ? parseArchigos(files.archigos, ctx.cow) : { mentions: [], skipped: [] };
  const heads = files.wikidataHeads
    ? parseWikidataHeads(files.wikidataHeads, ctx.stateOf)
    : { mentions: [], unmatched: [] };
  const pepper = files.peppercat ? parsePeppercat(files.peppercat, ctx.isStateCode) : { mentions: [], unmatched: [] };
  const mentions: LeaderMention[] = [...reign.mentions, ...archigos.mentions, ...heads.mentions, ...pepper.mentions];
  const unmatched: UnmatchedRow[] = [...heads.unmatched, ...pepper.unmatched];
  const o = ctx.offices;
  if (o) {
    const add = (r: { mentions: LeaderMention[]; unmatched?: UnmatchedRow[] }) => {
      mentions.push(...r.mentions);
      unmatched.push(...(r.unmatched ?? []));
    };
    if (files.peppercatHistoric) add(parsePeppercatHistoric(files.peppercatHistoric, o));
    if (files.peppercatCurrent) add(parsePeppercatCurrent(files.peppercatCurrent, o));
    if (files.igoHeads) add(parseIgoHeads(files.igoHeads, o.isBodyKey));
    if (files.usCabinet) add(parseUsCabinet(files.usCabinet, o));
    if (files.usExecutive) add(parseUsExecutive(files.usExecutive));
    if (files.pocom) add(parsePocom(files.pocom, o));
    if (files.phoenix) add(parsePhoenix(files.phoenix, ctx.isStateCode));
  }
  const { leaders, leads, holds } = mergeLeaders(mentions);
  return { leaders, leads, holds, skipped: [...reign.skipped, ...archigos.skipped], unmatched };
}
