import neo4j, { isNode, isPath, isRelationship, type Node, type Path, type Relationship } from 'neo4j-driver';

// The driver's graph values, for the use cases that walk paths and nodes: they take them from here, so the driver
// itself is imported only in server/neo4j/, the repositories and the ingest writers.
export { isNode, isPath, isRelationship };
export type { Node as DbNode, Path as DbPath, Relationship as DbRelationship };

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface PlainRelationship {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

const isTemporal = (v: unknown) =>
  neo4j.isDate(v) ||
  neo4j.isDateTime(v) ||
  neo4j.isLocalDateTime(v) ||
  neo4j.isTime(v) ||
  neo4j.isLocalTime(v) ||
  neo4j.isDuration(v);

/**
 * Turns a driver value into JSON: integers are already numbers (disableLosslessIntegers), temporal and
 * spatial values become their ISO strings, graph values plain objects.
 */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v !== 'object') return v;
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (isTemporal(v) || neo4j.isPoint(v)) return String(v);
  if (isNode(v)) return plainNode(v);
  if (isRelationship(v)) return plainRelationship(v);
  if (isPath(v))
    return {
      nodes: pathNodes(v).map(plainNode),
      relationships: v.segments.map((s) => plainRelationship(s.relationship)),
    };
  if (Array.isArray(v)) return v.map(plainValue);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainValue(x)]));
}

// Properties that are bookkeeping, not facts; they never leave the API, not even in a user's Cypher rows.
const hidden = new Set(['rowHash', 'searchText']);

export const publicProperties = (p: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(p).filter(([k]) => !hidden.has(k)));

export const plainProperties = (p: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(publicProperties(p)).map(([k, x]) => [k, plainValue(x)]));

export const plainNode = (n: Node): PlainNode => ({
  elementId: n.elementId,
  labels: [...n.labels],
  properties: plainProperties(n.properties),
});

const plainRelationship = (r: Relationship): PlainRelationship => ({
  elementId: r.elementId,
  type: r.type,
  start: r.startNodeElementId,
  end: r.endNodeElementId,
  properties: plainProperties(r.properties),
});

export function pathNodes(p: Path): Node[] {
  return p.segments.length === 0 ? [p.start] : [p.start, ...p.segments.map((s) => s.end)];
}
