import type { Filters } from '../filters/types.ts';
import type { ColourMode, LayoutMode } from '../graph/types.ts';
import type { Selection } from '../app/types.ts';

/** The part of the page's state a link carries. */
export interface UrlState {
  focus: string[];
  filters: Filters;
  layout: LayoutMode;
  colour: ColourMode;
  hidden: string[];
  pinned: string[];
  selection: Selection | null;
  pathFrom: string | null;
  pathTo: string | null;
}
