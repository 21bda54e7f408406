import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { dimmedColour, highlightColour } from './palette.ts';

/** Which nodes and edges stand out; null sets mean nothing is singled out and everything draws normally. */
export interface Emphasis {
  nodes: ReadonlySet<string> | null;
  edges: ReadonlySet<string> | null;
  /** Drawn with a ring and always labelled: the hovered or selected node, or a path's ends. */
  strong: ReadonlySet<string>;
  /** Edges drawn on top in the highlight colour: a found path. */
  pathEdges: ReadonlySet<string>;
}

export const noEmphasis: Emphasis = { nodes: null, edges: null, strong: new Set(), pathEdges: new Set() };

interface Neighbourhood {
  neighbors(node: string): string[];
  edges(node: string): string[];
  hasNode(node: string): boolean;
}

/**
 * What to single out, by priority: the hovered node and its neighbours, else a found path,
 * else the selected node and its neighbours, else the selected pair of states and the edges between them.
 */
export function emphasisFor(
  graph: Neighbourhood,
  ui: {
    hovered: string | null;
    selected: string | null;
    selectedEdges: string[];
    selectedEnds: string[];
    path: { nodes: string[]; edges: string[] } | null;
  },
): Emphasis {
  const around = (key: string): Emphasis => ({
    nodes: new Set([key, ...graph.neighbors(key)]),
    edges: new Set(graph.edges(key)),
    strong: new Set([key]),
    pathEdges: new Set(),
  });
  if (ui.hovered && graph.hasNode(ui.hovered)) return around(ui.hovered);
  if (ui.path && ui.path.nodes.length > 0) {
    const ends = [ui.path.nodes[0]!, ui.path.nodes[ui.path.nodes.length - 1]!];
    return {
      nodes: new Set(ui.path.nodes),
      edges: new Set(ui.path.edges),
      strong: new Set(ends),
      pathEdges: new Set(ui.path.edges),
    };
  }
  if (ui.selected && graph.hasNode(ui.selected)) return around(ui.selected);
  if (ui.selectedEdges.length > 0) {
    const ends = new Set(ui.selectedEnds);
    return { nodes: ends, edges: new Set(ui.selectedEdges), strong: ends, pathEdges: new Set(ui.selectedEdges) };
  }
  return noEmphasis;
}

/** sigma's nodeReducer: returns new display data, the graph's own attributes are left alone. */
export function reduceNode(key: string, data: Partial<NodeDisplayData>, e: Emphasis): Partial<NodeDisplayData> {
  if (e.strong.has(key)) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
  if (e.nodes && !e.nodes.has(key)) return { ...data, color: dimmedColour, label: '', zIndex: 0 };
  if (e.nodes) return { ...data, forceLabel: true, zIndex: 1 };
  return data;
}

/** sigma's edgeReducer: path edges stand out, edges outside the emphasis are hidden so the rest reads. */
export function reduceEdge(key: string, data: Partial<EdgeDisplayData>, e: Emphasis): Partial<EdgeDisplayData> {
  if (e.pathEdges.has(key)) return { ...data, color: highlightColour, size: Math.max(3, data.size ?? 1), zIndex: 5 };
  if (e.edges && !e.edges.has(key)) return { ...data, hidden: true };
  return data;
}
