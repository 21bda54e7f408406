import type { Database } from '../neo4j/database.ts';
import { expandNodes, findNode } from '../repositories/graph-repository.ts';
import { notFound } from './app-error.ts';
import { entityUid } from './entity-uid.ts';
import { graphFromValues } from './graph-from-values.ts';
import { graphBuilder, type GraphJson } from './graph-json.ts';
import { nodeKey } from './graph-keys.ts';
import { plainNode, type DbNode } from '../neo4j/plain-value.ts';

export interface NeighbourhoodInput {
  focus: string;
  depth: number;
  types: string[];
  since: string;
  until: string;
  limit: number;
}

/**
 * The neighbourhood of one node, breadth first, one query per step: each step expands only the nodes the
 * last one reached, and the whole view holds at most `limit` relationships (flagged when reached).
 */
export async function readNeighbourhood(db: Database, input: NeighbourhoodInput): Promise<GraphJson> {
  const uid = entityUid(input.focus);
  const [label = '', ...rest] = uid.split(':');
  const focus = await findNode(db, { uid, label, id: rest.join(':') });
  if (!focus) throw notFound(`node "${input.focus}"`);
  const rows: unknown[][] = [[focus]];
  const seen = new Set([focus.elementId]);
  const rels = new Set<string>();
  let frontier = [focus.elementId];
  let capped = false;
  for (let step = 0; step < input.depth && frontier.length > 0 && !capped; step++) {
    const budget = input.limit - rels.size;
    const found = await expandNodes(db, {
      ids: frontier,
      types: input.types,
      since: input.since,
      until: input.until,
      limit: budget + 1,
    });
    const next: string[] = [];
    for (const { a, r, b } of found) {
      if (rels.has(r.elementId)) continue;
      if (rels.size >= input.limit) {
        capped = true;
        break;
      }
      rels.add(r.elementId);
      rows.push([a, r, b]);
      if (!seen.has(b.elementId)) {
        seen.add(b.elementId);
        next.push(b.elementId);
      }
    }
    frontier = next;
  }
  const graph = graphFromValues(rows) ?? graphBuilder().toJSON();
  graph.attributes = { view: 'neighbourhood', focus: keyOf(graph, focus), depth: input.depth, capped };
  return graph;
}

const keyOf = (_g: GraphJson, n: DbNode): string => nodeKey(plainNode(n));
