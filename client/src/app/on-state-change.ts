import type { PipelineOutput } from '../graph/pipeline.ts';
import type { Renderer } from '../graph/renderer.ts';
import type { GraphJson } from '../graph/types.ts';
import type { ForceLayout } from '../layout/force-layout.ts';
import type { PanelActions } from '../panel/types.ts';
import { encodeUrlState } from '../url-state/utils.ts';
import type { Dataset } from './dataset-of.ts';
import { byId } from './dom.ts';
import { renderPanel } from './render-panel.ts';
import type { AppState } from './types.ts';
import { uncovered } from './uncovered.ts';
import { toUrlState } from './updaters.ts';

/** Whether a node is left out of the drawing that is there (none yet: nothing to redo). */
const undrawn = (output: PipelineOutput | null, key: string) =>
  output !== null && !output.visual.nodes.some((n) => n.key === key);

/** What the page holds outside the store: read through getters, since main.ts replaces them as it rebuilds. */
export interface StateChangeDeps {
  current(): AppState;
  expansions: Map<string, GraphJson>;
  renderer(): Renderer | null;
  output(): PipelineOutput | null;
  layout(): ForceLayout | null;
  dataset(): Dataset;
  panelActions: PanelActions;
  /** Fetches the network of the state's period; true when its answer is still the newest one asked for. */
  loadNetwork(s: AppState): Promise<boolean>;
  loadExpansions(s: AppState): Promise<void>;
  /** dataset → filtered → visual → drawn. */
  rebuild(s: AppState): void;
  renderTools(s: AppState): void;
  refreshEmphasis(s: AppState): void;
  restartLayout(run: boolean): void;
}

/**
 * The store's listener: from what changed between two states, decides what to redo: refetch (period, corroboration,
 * expansions),
 * rebuild the drawing (filters, hidden, pinned, colour, size, edge cap), or only redraw through the reducers
 * (hover, selection, path). The URL follows every change.
 */
export function onStateChange(deps: StateChangeDeps): (s: AppState, prev: AppState) => void {
  return (s, prev) => {
    const query = encodeUrlState(toUrlState(s));
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    // What the network is asked for: its period, and the corroboration its DYADs are counted over.
    const period =
      s.filters.since !== prev.filters.since ||
      s.filters.until !== prev.filters.until ||
      s.filters.minOutlets !== prev.filters.minOutlets;
    const structure = s.view !== prev.view || s.focus !== prev.focus || s.shown !== prev.shown;
    const drawing =
      s.filters !== prev.filters ||
      s.hidden !== prev.hidden ||
      s.pinned !== prev.pinned ||
      s.colour !== prev.colour ||
      s.size !== prev.size ||
      s.edgeCap !== prev.edgeCap;
    const kept =
      (s.selection?.kind === 'node' ? s.selection.key : null) !==
      (prev.selection?.kind === 'node' ? prev.selection.key : null);
    if (s.filters !== prev.filters) deps.renderTools(s);
    if (period) {
      deps.expansions.clear();
      void Promise.all([deps.loadNetwork(s), deps.loadExpansions(s)]).then(([newest]) => {
        if (newest) deps.rebuild(deps.current());
      });
    } else if (structure)
      void deps.loadExpansions(s).then(() => {
        const now = deps.current();
        deps.rebuild(now);
        const drawn = deps.renderer();
        if (s.view !== prev.view) void drawn?.sigma.getCamera().animatedReset({ duration: 300 });
        else if (s.focus !== prev.focus && now.selection?.kind === 'node' && now.focus.includes(now.selection.key)) {
          // The camera follows the expansion asked for, on the positions just drawn, whatever it was doing before.
          drawn?.sigma.refresh();
          drawn?.focusNode(now.selection.key, uncovered());
        }
        if (now.selection?.kind === 'node') renderPanel(byId('panel'), now, deps.dataset(), deps.panelActions);
      });
    else if (drawing || (kept && s.selection?.kind === 'node' && undrawn(deps.output(), s.selection.key)))
      deps.rebuild(s);
    if (s.layout !== prev.layout && deps.renderer()) {
      if (s.layout === 'geo') {
        deps.layout()?.stop();
        deps.rebuild(s);
      } else {
        deps.rebuild(s);
        deps.restartLayout(true);
      }
    }
    if (s.layoutRunning !== prev.layoutRunning) deps.renderTools(s);
    if (s.hovered !== prev.hovered || s.selection !== prev.selection || s.path !== prev.path) deps.refreshEmphasis(s);
    if (s.pathFrom !== prev.pathFrom || s.pathTo !== prev.pathTo || s.path !== prev.path) deps.renderTools(s);
    if (s.view !== prev.view) byId('back-to-network').hidden = s.view !== 'cypher';
    if (
      s.selection !== prev.selection ||
      (s.selection?.kind === 'node' && (s.pinned !== prev.pinned || s.focus !== prev.focus))
    ) {
      renderPanel(byId('panel'), s, deps.dataset(), deps.panelActions);
      if (s.selection?.kind === 'node' && s.selection !== prev.selection)
        deps.renderer()?.focusNode(s.selection.key, uncovered());
    }
  };
}
