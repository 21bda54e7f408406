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

/** The Event properties a row carries, in the order eventRow sets them (its hash reads them so). */
export const EVENT_PROPS = [
  'cameo',
  'root',
  'quad',
  'goldstein',
  'label',
  'date',
  'actorName',
  'targetName',
  'actorState',
  'targetState',
  'actorSector',
  'targetSector',
] as const;

/** Maps an actor to the state it acts for, so the state network can sum events of leaders and agencies. */
export type StateOf = (actor: ActorRef, date: string) => string | null;

export function eventRow(e: EventRecord, stateOf: StateOf): EventRow {
  // Only set values, in this order (the hash reads them so); added one by one rather than deleted afterwards,
  // since a delete turns the object into a slow dictionary on a path taken once per event of a large file.
  const props: Record<string, unknown> = {};
  const put = (k: string, v: unknown) => {
    if (v !== undefined && v !== null) props[k] = v;
  };
  put('cameo', e.cameo);
  put('root', e.root);
  put('quad', e.quad);
  put('goldstein', e.goldstein);
  put('label', e.label);
  put('date', e.date);
  put('actorName', e.actor.name);
  put('targetName', e.target.name);
  put('actorState', stateOf(e.actor, e.date));
  put('targetState', stateOf(e.target, e.date));
  put('actorSector', e.actorSector);
  put('targetSector', e.targetSector);
  // The evidence is the provenance without its source, copied by field (a rest spread is slow on this path).
  const { source, line, sentence, start, end } = e.provenance;
  const evidence: Record<string, unknown> = {};
  if (line !== undefined) evidence.line = line;
  if (sentence !== undefined) evidence.sentence = sentence;
  if (start !== undefined) evidence.start = start;
  if (end !== undefined) evidence.end = end;
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
