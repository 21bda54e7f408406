// An ICEWS actor string -> ActorRef (+ sector). "Foreign Affairs (Russia)" is
// the sector "Foreign Affairs" of State RUS; a bare country name is a State; a
// known body an Organization; a person in office near the date a Leader;
// anything else an Actor keyed by its slug.
import type { ActorRef, LeaderRecord, OrganizationRecord } from '../model/types.ts';
import type { StateNameIndex } from './state-name-index.ts';
import type { LeaderLookup } from './leader-name-index.ts';
import { leaderKey } from './leader-key.ts';

export interface ActorContext {
  stateOf: StateNameIndex;
  stateName: (iso3: string) => string;
  orgOf: (name: string) => OrganizationRecord | undefined;
  leaderOf: LeaderLookup;
}

export interface ResolvedActor {
  ref: ActorRef;
  sector?: string;
}

export function resolveIcewsActor(
  raw: string,
  date: string,
  ctx: ActorContext,
  cache: Map<string, ResolvedActor | null>,
): ResolvedActor {
  // states, organizations and sectors do not depend on the date: cache them
  const hit = cache.get(raw);
  if (hit) return hit;
  let fixed: ResolvedActor | null = null;
  const paren = raw.endsWith(')') ? /^(.*\S)\s*\(([^()]+)\)$/.exec(raw) : null;
  const inner = paren ? ctx.stateOf(paren[2] as string) : undefined;
  const state = ctx.stateOf(raw);
  const org = ctx.orgOf(raw);
  if (paren && inner)
    fixed = { ref: { kind: 'State', key: inner, name: ctx.stateName(inner) }, sector: paren[1] as string };
  else if (state) fixed = { ref: { kind: 'State', key: state, name: ctx.stateName(state) } };
  else if (org) fixed = { ref: { kind: 'Organization', key: org.key, name: org.name } };
  if (fixed) {
    cache.set(raw, fixed);
    return fixed;
  }
  if (cache.get(raw) === undefined && paren) cache.set(raw, null); // never a person
  const leader: LeaderRecord | undefined = paren ? undefined : ctx.leaderOf(raw, date);
  if (leader) return { ref: { kind: 'Leader', key: leader.key, name: leader.name } };
  return { ref: { kind: 'Actor', key: leaderKey(raw) || 'unknown', name: raw } };
}
