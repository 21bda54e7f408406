import { applyFilters } from '../filters/utils.ts';
import type { Filters } from '../filters/types.ts';
import { selectDrawn } from './backbone.ts';
import { louvainCommunities } from './communities.ts';
import { nodeImportance } from './metrics.ts';
import type { ColourMode, GraphJson, Point, SizeMode } from './types.ts';
import { nodeQuads, visualGraph, type VisualGraph, type VisualOptions } from './visual.ts';

export interface PipelineInput {
  filters: Filters;
  hidden: string[];
  pinned: string[];
  colour: ColourMode;
  size?: SizeMode;
  edgeCap: number;
  /** Nodes drawn with all their edges whatever the cap: focused, selected, expanded, path nodes (pinned ones too). */
  keep: string[];
  positions: ReadonlyMap<string, Point>;
  sizeScale?: number;
  /** The state network leaves unconnected nodes out; a Cypher result draws every node and labels them all. */
  view?: 'network' | 'cypher';
  /** How many of the most important nodes always carry their label. */
  labelTop?: number;
}

export interface PipelineOutput {
  /** After filters, before the cap: what exports, paths, communities and metrics work on. */
  filtered: GraphJson;
  /** What sigma draws, with its visual attributes. */
  visual: VisualGraph;
  /** The options the drawing used, so an export can give the whole filtered graph the same look. */
  visualOptions: VisualOptions;
  droppedEdges: number;
  droppedNodes: number;
  unconnected: number;
}

/**
 * The `k` entries of highest value, ties by key in code-unit order: one pass with a small sorted list, since a full
 * sort of thousands of nodes with a locale-aware tie-break cost the first frame tens of milliseconds.
 */
function topByValue(values: ReadonlyMap<string, number>, k: number): [string, number][] {
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  const top: [string, number][] = [];
  if (k <= 0) return top;
  for (const entry of values) {
    if (top.length === k && !before(entry, top[k - 1]!)) continue;
    let i = top.length;
    while (i > 0 && before(entry, top[i - 1]!)) i--;
    top.splice(i, 0, entry);
    if (top.length > k) top.pop();
  }
  return top;
}

/** dataset → filtered graph → drawn selection → visual attributes: everything sigma draws comes from here. */
export function runPipeline(dataset: GraphJson, input: PipelineInput): PipelineOutput {
  const view = input.view ?? 'network';
  const filtered = applyFilters(dataset, input.filters, new Set(input.hidden));
  const keep = new Set([...input.pinned, ...input.keep]);
  const drawn = selectDrawn(filtered, { cap: input.edgeCap, keep, dropUnconnected: view === 'network' });
  const communities = input.colour === 'community' ? louvainCommunities(filtered) : new Map<string, number>();
  const importance = nodeImportance(filtered, input.size ?? 'degree');
  const top = topByValue(importance, input.labelTop ?? 30);
  const labelled = view === 'cypher' ? new Set(filtered.nodes.map((n) => n.key)) : new Set(top.map(([k]) => k));
  const visualOptions: VisualOptions = {
    positions: input.positions,
    colour: input.colour,
    communities,
    importance,
    nodeQuads: input.colour === 'quad' ? nodeQuads(filtered) : undefined,
    pinned: new Set(input.pinned),
    labelled,
    sizeScale: input.sizeScale,
    edgeLabels: view === 'cypher',
  };
  const visual = visualGraph(drawn.graph, visualOptions);
  return {
    filtered,
    visual,
    visualOptions,
    droppedEdges: drawn.droppedEdges,
    droppedNodes: drawn.droppedNodes,
    unconnected: drawn.unconnected,
  };
}
