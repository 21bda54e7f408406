import type { PipelineOutput } from '../graph/pipeline.ts';
import type { Renderer } from '../graph/renderer.ts';
import type { ColourMode, GraphJson, SizeMode } from '../graph/types.ts';
import type { ForceLayout } from '../layout/force-layout.ts';
import { mountSearchBox } from '../search/search-box.ts';
import { byId } from './dom.ts';
import type { Drawers } from './drawers.ts';
import { mountKeyboard } from './keyboard.ts';
import type { Store } from './store.ts';
import * as up from './updaters.ts';
import { mountZoomControls } from './zoom-controls.ts';

export interface ChromeDeps {
  store: Store;
  drawers: Drawers;
  /** Names of nodes found by search, for nodes not in the dataset yet. */
  searchLabels: Map<string, string>;
  renderer(): Renderer | null;
  output(): PipelineOutput | null;
  layout(): ForceLayout | null;
  inDataset(key: string): boolean;
  exportGraph(): GraphJson;
  /** Draws a Cypher result's graph in place of the network. */
  showCypherGraph(graph: GraphJson | null): void;
  clearPathStatus(): void;
  restartLayout(run: boolean): void;
}

/**
 * The page's controls around the graph: search, Cypher console, export, zoom, toolbar buttons and keys. Mounted after
 * the first frame; the Cypher console and the export drawer are chunks of their own, loaded then.
 */
export async function mountChrome(deps: ChromeDeps): Promise<void> {
  const { store, drawers } = deps;
  mountSearchBox(byId('search'), (hit) => {
    const key = hit.uid;
    deps.searchLabels.set(key, hit.name);
    if (!deps.inDataset(key)) store.update(up.expand(key));
    store.update(up.select({ kind: 'node', key }));
    byId('panel').focus();
  });
  mountZoomControls(
    byId('zoom'),
    () => deps.renderer()?.sigma ?? null,
    () => {
      deps.clearPathStatus();
      store.update(up.hover(null));
      store.update(up.select(null));
      store.update(up.setPath(null));
    },
  );
  byId('back-to-network').addEventListener('click', () => store.update(up.setView('network')));
  byId('layout-mode').addEventListener('click', () =>
    store.update(up.setLayout(store.get().layout === 'geo' ? 'force' : 'geo')),
  );
  byId<HTMLSelectElement>('colour-mode').addEventListener('change', (e) =>
    store.update(up.setColour((e.target as HTMLSelectElement).value as ColourMode)),
  );
  byId<HTMLSelectElement>('size-mode').addEventListener('change', (e) =>
    store.update(up.setSize((e.target as HTMLSelectElement).value as SizeMode)),
  );
  byId('layout-run').addEventListener('click', () => {
    const layout = deps.layout();
    if (layout?.running()) layout.stop();
    else deps.restartLayout(true);
  });
  mountKeyboard({
    // An open drawer closes first; with none open, Escape clears the selection.
    closeDrawer: () => (drawers.current() ? (drawers.close(), true) : false),
    clearSelection: () => {
      if (store.get().selection) store.update(up.select(null));
    },
    focusSearch: () => byId('search-input').focus(),
  });
  const [{ mountCypherConsole }, { mountExportPanel }] = await Promise.all([
    import('../cypher/cypher-console.ts'),
    import('../export/export-panel.ts'),
  ]);
  mountCypherConsole(byId('drawer-cypher'), {
    showGraph: (r) => {
      deps.showCypherGraph(r.graph);
      drawers.close();
    },
    backToNetwork: () => store.update(up.setView('network')),
  });
  mountExportPanel(byId('drawer-export'), {
    sigma: () => deps.renderer()?.sigma ?? null,
    graph: () => deps.exportGraph(),
    drawnEdges: () => deps.output()?.visual.edges.length ?? 0,
    link: () => location.href,
  });
}
