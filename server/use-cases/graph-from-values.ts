import { graphBuilder, type GraphBuilder, type GraphJson } from './graph-json.ts';
import { nodeAttributes, nodeKey, publicProperties } from './graph-keys.ts';
import {
  pathNodes,
  plainNode,
  plainProperties,
  isNode,
  isPath,
  isRelationship,
  type DbNode,
  type DbRelationship,
} from '../neo4j/plain-value.ts';

/**
 * The nodes, relationships and paths found anywhere in result rows, as one graph; null when there are none.
 * A relationship whose end nodes are not in the rows is still drawn: its ends come back as bare nodes.
 */
export function graphFromValues(rows: unknown[][]): GraphJson | null {
  const g = graphBuilder();
  const keyOf = new Map<string, string>(); // elementId -> graph key
  const rels: DbRelationship[] = [];
  const addNode = (n: DbNode) => {
    const plain = plainNode(n);
    const key = nodeKey(plain);
    keyOf.set(n.elementId, key);
    g.addNode(key, nodeAttributes(plain));
  };
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (isNode(v)) addNode(v);
    else if (isRelationship(v)) rels.push(v);
    else if (isPath(v)) {
      pathNodes(v).forEach(addNode);
      for (const s of v.segments) rels.push(s.relationship);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (Object.getPrototypeOf(v) === Object.prototype) Object.values(v).forEach(visit);
  };
  rows.forEach((r) => r.forEach(visit));
  for (const r of rels) addRelationship(g, keyOf, r);
  return g.nodeCount === 0 ? null : g.toJSON();
}

function addRelationship(g: GraphBuilder, keyOf: Map<string, string>, r: DbRelationship): void {
  const end = (id: string) => {
    let key = keyOf.get(id);
    if (!key) {
      key = id;
      keyOf.set(id, key);
      g.addNode(key, { label: '', kind: 'Node', labels: [] });
    }
    return key;
  };
  g.addEdge(r.elementId, end(r.startNodeElementId), end(r.endNodeElementId), {
    ...publicProperties(plainProperties(r.properties)),
    type: r.type,
    label: r.type,
  });
}
