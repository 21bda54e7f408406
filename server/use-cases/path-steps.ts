import { nodeKey } from './graph-keys.ts';
import { plainNode, type DbNode, type DbPath, type DbRelationship } from '../neo4j/plain-value.ts';

export interface PathStep {
  /** Node keys as in /api/graph, in the order the path walks. */
  from: string;
  to: string;
  /** The relationship type. */
  kind: string;
  /** The edge's key in /api/graph: `DYAD:USA-PRK` and `BORDERS:…` as the state network keys them, else the key the focus view and this answer's graph give it. */
  edge: string;
}

// The state network keys these by their states in stored direction; a path step over one should find that edge.
const networkKinds = new Set(['DYAD', 'BORDERS']);

/** The key of a relationship in /api/graph answers, given its end nodes. */
export function edgeKey(r: DbRelationship, start: DbNode, end: DbNode): string {
  const [s, e] = r.startNodeElementId === start.elementId ? [start, end] : [end, start];
  if (networkKinds.has(r.type) && typeof s.properties.code === 'string' && typeof e.properties.code === 'string') {
    return `${r.type}:${s.properties.code}-${e.properties.code}`;
  }
  return r.elementId;
}

/** Every step of a path: which node it leaves and reaches, over what kind of relation, and that relation's edge key. */
export const pathSteps = (p: DbPath): PathStep[] =>
  p.segments.map((s) => ({
    from: nodeKey(plainNode(s.start)),
    to: nodeKey(plainNode(s.end)),
    kind: s.relationship.type,
    edge: edgeKey(s.relationship, s.start, s.end),
  }));
