// Reads the reference data shipped in <project>/data and returns every
// record the writers need. Pure apart from reading files; prints nothing.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type {
  BorderRecord,
  CameoCode,
  EventRecord,
  LeaderRecord,
  OrganizationRecord,
  StateRecord,
} from '../model/types.ts';
import { buildReferenceContext } from './reference-context.ts';
import { loadIcewsEvents } from './icews.ts';
import { parseSanctions, type ReferenceSanctionRecord } from './sanctions.ts';
import type { ReferenceLeadsRecord } from './merge-leaders.ts';
import type { ReferenceHoldsRecord } from './merge-offices.ts';

export const PROJECT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export interface ReferenceWorld {
  states: StateRecord[];
  borders: BorderRecord[];
  leaders: LeaderRecord[];
  leads: ReferenceLeadsRecord[];
  holds: ReferenceHoldsRecord[];
  organizations: OrganizationRecord[];
  sanctions: ReferenceSanctionRecord[];
  events: EventRecord[];
  cameo: CameoCode[];
}

export async function loadReferenceWorld(dataDir: string = PROJECT_DATA_DIR): Promise<ReferenceWorld> {
  const ctx = await buildReferenceContext(dataDir);
  const [programs, events] = await Promise.all([
    readFile(join(dataDir, 'sanctions/programs.json'), 'utf8'),
    loadIcewsEvents(join(dataDir, 'icews'), ctx.icews),
  ]);
  return {
    states: ctx.states,
    borders: ctx.borders,
    leaders: ctx.leaders.leaders,
    leads: ctx.leaders.leads,
    holds: ctx.leaders.holds,
    organizations: ctx.organizations,
    sanctions: parseSanctions(programs, ctx.iso2to3, ctx.stateName),
    events,
    cameo: ctx.cameo,
  };
}
