import type { ActorRef, NodeKind } from '../../model/types.ts';

/** The :Entity uid of an actor node, "<Label>:<key>". */
export const uid = (kind: NodeKind, key: string): string => `${kind}:${key}`;
export const actorUid = (a: ActorRef): string => uid(a.kind, a.key);
