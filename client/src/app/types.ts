import type { Filters } from '../filters/types.ts';
import type { ColourMode, LayoutMode, SizeMode } from '../graph/types.ts';
import type { FoundPath } from '../path/types.ts';

/** What the side panel shows. */
export type Selection =
  | { kind: 'node'; key: string }
  | { kind: 'dyad'; a: string; b: string }
  | { kind: 'source'; id: string; start: number | null; end: number | null };

/** Where the dataset comes from: the state network (with expansions), or the graph of a Cypher result. */
export type DataView = 'network' | 'cypher';

/**
 * The page's UI state. The graph sigma draws is derived from it and the fetched data; hover, selection and the
 * path only change how sigma's reducers draw, never the graph's attributes.
 */
export interface AppState {
  view: DataView;
  /** Nodes whose neighbours were expanded, in order, with how many neighbours each shows. */
  focus: string[];
  shown: Record<string, number>;
  filters: Filters;
  layout: LayoutMode;
  colour: ColourMode;
  size: SizeMode;
  hidden: string[];
  pinned: string[];
  selection: Selection | null;
  hovered: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  path: FoundPath | null;
  /** Most edges drawn at once, raised when the user zooms in. */
  edgeCap: number;
  layoutRunning: boolean;
}

export type Update = (state: AppState) => AppState;
