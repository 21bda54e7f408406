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

/** dataset → filtered graph → drawn selection → visual attributes: everything sigma draws comes from here. */
export function runPipeline(dataset: GraphJson, input: PipelineInput): PipelineOutput {
  const view = input.view ?? 'network';
  const filtered = applyFilters(dataset, input.filters, new Set(input.hidden));
  const keep = new Set([...input.pinned, ...input.keep]);
  const drawn = selectDrawn(filtered, { cap: input.edgeCap, keep, dropUnconnected: view === 'network' });
  const communities = input.colour === 'community' ? louvainCommunities(filtered) : new Map<string, number>();
  const importance = nodeImportance(filtered, input.size ?? 'degree');
  const top = [...importance].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, input.labelTop ?? 30);
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
