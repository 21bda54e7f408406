import { renderDyadPanel } from '../panel/dyad-panel.ts';
import { renderNodePanel } from '../panel/node-panel.ts';
import { relationRows } from '../panel/relation-rows.ts';
import { renderSourcePanel } from '../panel/source-panel.ts';
import type { PanelActions } from '../panel/types.ts';
import type { Dataset } from './dataset-of.ts';
import type { AppState } from './types.ts';

/** Shows the side panel for the selection, or hides it. */
export function renderPanel(el: HTMLElement, s: AppState, dataset: Dataset, actions: PanelActions): void {
  const sel = s.selection;
  el.hidden = sel === null;
  if (!sel) return el.replaceChildren();
  if (sel.kind === 'dyad') void renderDyadPanel(el, sel, s.filters, actions);
  else if (sel.kind === 'source') void renderSourcePanel(el, sel.id, sel.start, sel.end, actions);
  else {
    const node = dataset.graph.nodes.find((n) => n.key === sel.key);
    const totals = dataset.expansionTotals.get(sel.key);
    void renderNodePanel(
      el,
      {
        key: sel.key,
        attributes: node?.attributes ?? null,
        relations: relationRows(dataset.graph, sel.key),
        pinned: s.pinned.includes(sel.key),
        expandedShown: totals?.shown ?? null,
        expandedTotal: totals?.total ?? null,
      },
      actions,
    );
  }
}
