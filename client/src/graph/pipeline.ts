import { applyFilters } from '../filters/utils.ts';
import type { Filters } from '../filters/types.ts';
import { louvainCommunities } from './communities.ts';
import type { ColourMode, GraphJson, Point } from './types.ts';
import { capEdges, capNodes } from './utils.ts';
import { visualGraph, type VisualGraph } from './visual.ts';

export interface PipelineInput {
  filters: Filters;
  hidden: string[];
  pinned: string[];
  colour: ColourMode;
  edgeCap: number;
  /** Nodes that stay drawn whatever the cap: pinned, expanded, selected. */
  keep: string[];
  positions: ReadonlyMap<string, Point>;
  sizeScale?: number;
}

export interface PipelineOutput {
  /** After filters, before the cap: what an export holds. */
  filtered: GraphJson;
  visual: VisualGraph;
  droppedEdges: number;
  droppedNodes: number;
}

/** dataset → filtered graph → capped graph → visual attributes: everything sigma draws comes from here. */
export function runPipeline(dataset: GraphJson, input: PipelineInput): PipelineOutput {
  const filtered = applyFilters(dataset, input.filters, new Set(input.hidden));
  const { graph: edgeCapped, dropped } = capEdges(filtered, input.edgeCap);
  // Twice as many nodes as edges: every drawn edge keeps both ends, and isolated nodes still show up to the cap.
  const { graph: capped, dropped: droppedNodes } = capNodes(edgeCapped, 2 * input.edgeCap, new Set([...input.pinned, ...input.keep]));
  const communities = input.colour === 'community' ? louvainCommunities(capped) : new Map<string, number>();
  const visual = visualGraph(capped, { positions: input.positions, colour: input.colour, communities, pinned: new Set(input.pinned), sizeScale: input.sizeScale });
  return { filtered, visual, droppedEdges: dropped, droppedNodes };
}
