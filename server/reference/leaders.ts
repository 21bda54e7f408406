// The four leader data sets -> one LeaderRecord per person and their LEADS.
import type { LeaderRecord } from '../model/types.ts';
import type { CowMapping } from './cow-to-iso.ts';
import type { StateNameIndex } from './state-name-index.ts';
import { parseReign } from './parse-reign.ts';
import type { SkippedSpell } from './leader-mention.ts';
import { parseArchigos } from './parse-archigos.ts';
import { parseWikidataHeads, type UnmatchedRow } from './parse-wikidata-heads.ts';
import { parsePeppercat } from './parse-peppercat.ts';
import { mergeLeaders, type ReferenceLeadsRecord } from './merge-leaders.ts';

export interface LeaderFiles {
  reign: string;
  archigos: string;
  wikidataHeads: string;
  peppercat: string;
}

export interface LeaderContext {
  cow: CowMapping;
  stateOf: StateNameIndex;
  isStateCode: (iso3: string) => boolean;
}

export interface ParsedLeaders {
  leaders: LeaderRecord[];
  leads: ReferenceLeadsRecord[];
  /** spells of states without a present successor (GDR, South Vietnam…) */
  skipped: SkippedSpell[];
  /** Wikidata rows of entities that are not world-countries states */
  unmatched: UnmatchedRow[];
}

export function parseLeaders(files: Partial<LeaderFiles>, ctx: LeaderContext): ParsedLeaders {
  const reign = files.reign ? parseReign(files.reign, ctx.cow) : { mentions: [], skipped: [] };
  const archigos = files.archigos ? parseArchigos(files.archigos, ctx.cow) : { mentions: [], skipped: [] };
  const heads = files.wikidataHeads ? parseWikidataHeads(files.wikidataHeads, ctx.stateOf) : { mentions: [], unmatched: [] };
  const pepper = files.peppercat ? parsePeppercat(files.peppercat, ctx.isStateCode) : { mentions: [], unmatched: [] };
  const { leaders, leads } = mergeLeaders([...reign.mentions, ...archigos.mentions, ...heads.mentions, ...pepper.mentions]);
  return { leaders, leads, skipped: [...reign.skipped, ...archigos.skipped], unmatched: [...heads.unmatched, ...pepper.unmatched] };
}
