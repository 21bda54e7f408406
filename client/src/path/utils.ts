import type { Selection } from '../app/types.ts';
import { dyadCodes } from '../graph/utils.ts';
import type { GraphJson } from '../graph/types.ts';
import type { FoundPath, PathAnswer, PathStep } from './types.ts';
import { asText } from '../api/json.ts';

/** The steps of the first path of an answer: its `steps` list, or, from an older server, nodes, types and edges zipped. */
export function stepsOf(answer: PathAnswer): PathStep[] | null {
  const p = answer.paths[0];
  if (!p) return null;
  if (Array.isArray(p.steps))
    return p.steps.map((s) => ({ from: s.from, to: s.to, kind: s.kind, edge: s.edge ?? null }));
  return p.nodes
    .slice(1)
    .map((to, i) => ({ from: p.nodes[i]!, to, kind: p.types?.[i] ?? 'RELATED', edge: p.edges?.[i] ?? null }));
}

/**
 * The path as the page draws it: each step mapped onto an edge of the dataset, by its key when the dataset has it,
 * else an edge between the same two nodes of the same kind, else any edge between them.
 */
export function foundPath(answer: PathAnswer, dataset: GraphJson): FoundPath | null {
  const steps = stepsOf(answer);
  if (!steps) return null;
  const keys = new Set(dataset.edges.map((e) => e.key));
  const between = new Map<string, { key: string; type: string }[]>();
  const pair = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const e of dataset.edges) {
    const p = pair(e.source, e.target);
    (between.get(p) ?? between.set(p, []).get(p)!).push({ key: e.key, type: asText(e.attributes.type) ?? '' });
  }
  const edges = steps.flatMap((s) => {
    if (s.edge && keys.has(s.edge)) return [s.edge];
    const candidates = between.get(pair(s.from, s.to)) ?? [];
    const hit = candidates.find((c) => c.type === s.kind) ?? candidates[0];
    return hit ? [hit.key] : [];
  });
  return { nodes: [steps[0]!.from, ...steps.map((s) => s.to)], edges, steps };
}

/** Only the first path's nodes and relationships of an answer's graph, to add to the dataset so the path is drawn. */
export function pathGraph(answer: PathAnswer): GraphJson | null {
  const steps = stepsOf(answer);
  if (!steps || !answer.graph) return null;
  const nodes = new Set([steps[0]!.from, ...steps.map((s) => s.to)]);
  const edgeKeys = new Set(steps.map((s) => s.edge).filter((e): e is string => e !== null));
  const g = answer.graph;
  return {
    ...g,
    nodes: g.nodes.filter((n) => nodes.has(n.key)),
    edges: g.edges.filter(
      (e) =>
        nodes.has(e.source) &&
        nodes.has(e.target) &&
        (edgeKeys.size === 0 || edgeKeys.has(e.key) || !steps.some((s) => s.edge)),
    ),
  };
}

/** The evidence of a path step: a pair of states opens its timeline, anything else the node it reaches. */
export function stepSelection(step: PathStep): Selection {
  const codes = dyadCodes(step.from, step.to);
  if (codes && step.kind === 'DYAD') return { kind: 'dyad', a: codes[0], b: codes[1] };
  return { kind: 'node', key: step.from.startsWith('State:') ? step.to : step.from };
}
