import type { Database } from '../neo4j/database.ts';
import { findEntities, findShortestPaths } from '../repositories/path-repository.ts';
import { notFound } from './app-error.ts';
import { entityUid } from './entity-uid.ts';
import { graphFromValues } from './graph-from-values.ts';
import { nodeKey } from './graph-keys.ts';
import { pathNodes, plainNode, type DbPath } from '../neo4j/plain-value.ts';
import { edgeKey, pathSteps } from './path-steps.ts';

/**
 * The shortest paths between two entities over the relation network (never through single events), as lists of node
 * keys, as steps with the kind and edge key of each hop, and as one graph to draw whose DYAD and BORDERS edges carry
 * the keys the state network gives them.
 * The query looks up to 6 hops (a Cypher bound cannot be a parameter); paths longer than maxHops are dropped here.
 */
export async function findPath(db: Database, input: { from: string; to: string; maxHops: number; limit: number }) {
  const from = entityUid(input.from);
  const to = entityUid(input.to);
  const known = await findEntities(db, [from, to]);
  for (const [asked, uid] of [
    [input.from, from],
    [input.to, to],
  ] as const)
    if (!known.has(uid)) throw notFound(`entity "${asked}"`);
  const found = from === to ? [] : await findShortestPaths(db, { from, to, limit: input.limit });
  const paths = found.filter((p) => p.length <= input.maxHops);
  return {
    from,
    to,
    length: paths[0]?.length ?? null,
    paths: paths.map((p) => ({
      length: p.length,
      nodes: pathNodes(p).map((n) => nodeKey(plainNode(n))),
      edges: p.segments.map((s) => s.relationship.elementId),
      types: p.segments.map((s) => s.relationship.type),
      steps: pathSteps(p),
    })),
    graph: withNetworkKeys(graphFromValues([paths]), paths),
  };
}

/** Re-keys the path graph's edges as the steps name them, so a step's edge is found in this graph too. */
function withNetworkKeys(graph: ReturnType<typeof graphFromValues>, paths: DbPath[]) {
  if (!graph) return graph;
  const rekey = new Map<string, string>();
  for (const p of paths)
    for (const s of p.segments) rekey.set(s.relationship.elementId, edgeKey(s.relationship, s.start, s.end));
  for (const e of graph.edges) e.key = rekey.get(e.key) ?? e.key;
  return graph;
}
