// Maps a mention to the actor a relation is between: leaders and state organs act
// for their state; international bodies act for themselves; media only report.
import type { ActorRef } from '../model/types.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import type { ActorMention } from './find-mentions.ts';

export interface RelationActor {
  ref: ActorRef;
  via?: ActorRef;
}

export const MEDIA_KINDS = new Set(['news_agency', 'newspaper']);

export function stateRef(gaz: Gazetteer, key: string): ActorRef {
  return { kind: 'State', key, name: gaz.states.get(key)?.name ?? key };
}

/** The plain reference to what a mention names (leader, body or state). */
export function mentionRef(gaz: Gazetteer, m: Pick<ActorMention, 'kind' | 'key'>): ActorRef {
  if (m.kind === 'Leader') return { kind: 'Leader', key: m.key, name: gaz.leaders.get(m.key)?.name ?? m.key };
  if (m.kind === 'Organization')
    return { kind: 'Organization', key: m.key, name: gaz.organizations.get(m.key)?.name ?? m.key };
  return stateRef(gaz, m.key);
}

export function isMedia(gaz: Gazetteer, m: Pick<ActorMention, 'kind' | 'key'>): boolean {
  return m.kind === 'Organization' && MEDIA_KINDS.has(gaz.organizations.get(m.key)?.kind ?? '');
}

/** The relation-level actor for a mention, or null for media. */
export function relationActor(
  gaz: Gazetteer,
  m: Pick<ActorMention, 'kind' | 'key' | 'state' | 'body'>,
): RelationActor | null {
  if (m.kind === 'State') return { ref: stateRef(gaz, m.key) };
  if (m.kind === 'Leader') {
    // an official of a body acts for the body (people/holder-in-office.ts)
    if (m.body) return { ref: mentionRef(gaz, { kind: 'Organization', key: m.body }), via: mentionRef(gaz, m) };
    return m.state ? { ref: stateRef(gaz, m.state), via: mentionRef(gaz, m) } : null;
  }
  if (isMedia(gaz, m)) return null;
  const org = gaz.organizations.get(m.key);
  if (org?.state && org.kind !== 'igo') return { ref: stateRef(gaz, org.state), via: mentionRef(gaz, m) };
  return { ref: mentionRef(gaz, m) };
}
