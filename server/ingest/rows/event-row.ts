import type { ActorRef, EventRecord } from '../../model/types.ts';
import { rowHash } from '../row-hash.ts';
import { actorUid } from './uid.ts';

export interface EventRow {
  id: string;
  hash: string;
  actor: string;
  target: string;
  source: string;
  evidence: Record<string, unknown>;
  props: Record<string, unknown>;
}

/** Maps an actor to the state it acts for, so the state network can sum events of leaders and agencies. */
export type StateOf = (actor: ActorRef, date: string) => string | null;

export function eventRow(e: EventRecord, stateOf: StateOf): EventRow {
  const props: Record<string, unknown> = {
    cameo: e.cameo,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    label: e.label,
    date: e.date,
    actorName: e.actor.name,
    targetName: e.target.name,
    actorState: stateOf(e.actor, e.date),
    targetState: stateOf(e.target, e.date),
    actorSector: e.actorSector,
    targetSector: e.targetSector,
  };
  for (const k of Object.keys(props)) if (props[k] === undefined || props[k] === null) delete props[k];
  const { source, ...evidence } = e.provenance;
  return {
    id: e.id,
    hash: rowHash(props),
    actor: actorUid(e.actor),
    target: actorUid(e.target),
    source,
    evidence,
    props,
  };
}
