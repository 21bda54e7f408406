import type { Filters } from '../filters/types.ts';
import type { ColourMode, LayoutMode, SizeMode } from '../graph/types.ts';
import type { FoundPath } from '../path/types.ts';
import type { UrlState } from '../url-state/types.ts';
import type { AppState, DataView, Selection, Update } from './types.ts';

export const neighboursStep = 25;
export const baseEdgeCap = 900;

export function initialState(url: UrlState): AppState {
  return {
    view: 'network',
    focus: url.focus,
    shown: Object.fromEntries(url.focus.map((k) => [k, neighboursStep])),
    filters: url.filters,
    layout: url.layout,
    colour: url.colour,
    size: url.size,
    hidden: url.hidden,
    pinned: url.pinned,
    selection: url.selection,
    hovered: null,
    pathFrom: url.pathFrom,
    pathTo: url.pathTo,
    path: null,
    edgeCap: baseEdgeCap,
    layoutRunning: false,
  };
}

export const toUrlState = (s: AppState): UrlState => ({
  focus: s.focus,
  filters: s.filters,
  layout: s.layout,
  colour: s.colour,
  size: s.size,
  hidden: s.hidden,
  pinned: s.pinned,
  selection: s.selection,
  pathFrom: s.pathFrom,
  pathTo: s.pathTo,
});

const without = (list: string[], item: string) => list.filter((x) => x !== item);

export const select =
  (selection: Selection | null): Update =>
  (s) => ({ ...s, selection });
export const hover =
  (key: string | null): Update =>
  (s) =>
    s.hovered === key ? s : { ...s, hovered: key };
export const updateFilters =
  (f: (filters: Filters) => Filters): Update =>
  (s) => ({ ...s, filters: f(s.filters) });
export const setLayout =
  (layout: LayoutMode): Update =>
  (s) => ({ ...s, layout });
export const setColour =
  (colour: ColourMode): Update =>
  (s) => ({ ...s, colour });
export const setSize =
  (size: SizeMode): Update =>
  (s) => ({ ...s, size });
export const setView =
  (view: DataView): Update =>
  (s) => ({ ...s, view });
export const setEdgeCap =
  (edgeCap: number): Update =>
  (s) =>
    s.edgeCap === edgeCap ? s : { ...s, edgeCap };
export const setLayoutRunning =
  (layoutRunning: boolean): Update =>
  (s) => ({ ...s, layoutRunning });

/** Expanding a node again shows its next neighbours ("show more"). */
export const expand =
  (key: string): Update =>
  (s) => ({
    ...s,
    view: 'network',
    focus: s.focus.includes(key) ? s.focus : [...s.focus, key],
    shown: { ...s.shown, [key]: (s.shown[key] ?? 0) + neighboursStep },
    hidden: without(s.hidden, key),
  });

export const collapse =
  (key: string): Update =>
  (s) => {
    const { [key]: _, ...shown } = s.shown;
    return { ...s, focus: without(s.focus, key), shown };
  };

/** Undoes an expansion: its neighbours leave unless something else brought them. */
export const undoExpand = (key: string): Update => collapse(key);

export const hide =
  (key: string): Update =>
  (s) => ({
    ...s,
    hidden: s.hidden.includes(key) ? s.hidden : [...s.hidden, key],
    selection: s.selection?.kind === 'node' && s.selection.key === key ? null : s.selection,
    hovered: s.hovered === key ? null : s.hovered,
  });

export const unhide =
  (key: string | null): Update =>
  (s) => ({ ...s, hidden: key === null ? [] : without(s.hidden, key) });

export const togglePin =
  (key: string): Update =>
  (s) => ({ ...s, pinned: s.pinned.includes(key) ? without(s.pinned, key) : [...s.pinned, key] });

export const setPathEnds =
  (from: string | null, to: string | null): Update =>
  (s) => ({ ...s, pathFrom: from, pathTo: to, path: null });
export const setPath =
  (path: FoundPath | null): Update =>
  (s) => ({ ...s, path });
