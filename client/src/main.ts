import { api } from './api/client.ts';
import { datasetOf, yearBounds, type Dataset } from './app/dataset-of.ts';
import { byId } from './app/dom.ts';
import { mountDrawers } from './app/drawers.ts';
import { renderPanel } from './app/render-panel.ts';
import { statusText } from './app/status-line.ts';
import { createStore } from './app/store.ts';
import type { AppState } from './app/types.ts';
import * as up from './app/updaters.ts';
import { mountKeyboard } from './app/keyboard.ts';
import { uncovered } from './app/uncovered.ts';
import { mountZoomControls } from './app/zoom-controls.ts';
import { mountCypherConsole } from './cypher/cypher-console.ts';
import { mountExportPanel } from './export/export-panel.ts';
import { renderFiltersPanel } from './filters/filters-panel.ts';
import { filterOptions } from './filters/utils.ts';
import { communityEntries, renderLegend } from './graph/legend.ts';
import { mountIngestStatus } from './ingest-status/mount-ingest-status.ts';
import { runPipeline, type PipelineOutput } from './graph/pipeline.ts';
import { emphasisFor } from './graph/reducers.ts';
import { createRenderer, type Renderer } from './graph/renderer.ts';
import {
  colourModeLabels,
  sizeModeLabels,
  type ColourMode,
  type GraphJson,
  type Point,
  type SizeMode,
} from './graph/types.ts';
import { dyadCodes, edgeCapForZoom } from './graph/utils.ts';
import { visualGraph } from './graph/visual.ts';
import { forceLayout, type ForceLayout } from './layout/force-layout.ts';
import { geoPositions, seedPositions } from './layout/geo.ts';
import { mountMapLayer, type MapLayer } from './layout/map-layer.ts';
import { nearRadius, placeAround } from './layout/place-around.ts';
import { settleInPlace } from './layout/settle-layout.ts';
import { renderPathPanel } from './path/path-panel.ts';
import { resolveEntity, suggestNames } from './path/entity-names.ts';
import { foundPath, pathGraph, stepSelection } from './path/utils.ts';
import { mountSearchBox } from './search/search-box.ts';
import { decodeUrlState, encodeUrlState } from './url-state/utils.ts';
import { asText } from './api/json.ts';
import { toolSelect } from './app/tool-select.ts';

const store = createStore(up.initialState(decodeUrlState(location.search)));
const data = {
  network: null as GraphJson | null,
  expansions: new Map<string, GraphJson>(),
  cypher: null as GraphJson | null,
  path: null as GraphJson | null,
};
let fullNetwork: GraphJson | null = null;
let dataset: Dataset = { graph: { attributes: {}, nodes: [], edges: [] }, expansionTotals: new Map() };
let output: PipelineOutput | null = null;
let renderer: Renderer | null = null;
let mapLayer: MapLayer | null = null;
let layout: ForceLayout | null = null;
const known = new Map<string, Point>();
let pathStatus = 'idle';
const searchLabels = new Map<string, string>();
const timings: Record<string, number> = {};
const mark = (name: string) => (timings[name] = Math.round(performance.now()));
const debug = {
  ready: false,
  firstFrameMs: null as number | null,
  timings,
  store,
  renderer: () => renderer,
  dataset: () => dataset,
  output: () => output,
  exported: () => exportGraph(),
};
Object.assign(window, { stategraph: debug });

document
  .querySelector('nav.tools')
  ?.append(
    toolSelect('colour-mode', 'Colour', 'Colour nodes by', colourModeLabels),
    toolSelect('size-mode', 'Size', 'Size nodes by', sizeModeLabels),
  );
const status = byId('status');
mountIngestStatus(document.querySelector<HTMLElement>('header.bar') ?? document.body);
const drawers = mountDrawers(() => renderTools(store.get()));
const labelOf = (key: string) =>
  asText(dataset.graph.nodes.find((n) => n.key === key)?.attributes.label) ??
  searchLabels.get(key) ??
  key.slice(key.indexOf(':') + 1);

const panelActions = {
  openNode: (key: string) => store.update(up.select({ kind: 'node', key })),
  openDyad: (a: string, b: string) => store.update(up.select({ kind: 'dyad', a, b })),
  openSource: (id: string, start: number | null, end: number | null) =>
    store.update(up.select({ kind: 'source', id, start, end })),
  expand: (key: string) => store.update(up.expand(key)),
  undoExpand: (key: string) => store.update(up.undoExpand(key)),
  hide: (key: string) => store.update(up.hide(key)),
  togglePin: (key: string) => store.update(up.togglePin(key)),
  pathFrom: (key: string) => (store.update(up.setPathEnds(key, store.get().pathTo)), drawers.open('path')),
  pathTo: (key: string) => (store.update(up.setPathEnds(store.get().pathFrom, key)), drawers.open('path')),
  close: () => store.update(up.select(null)),
};

let networkRequest = 0;

/** Loads the network for the state's period; an answer that arrives after a newer request is dropped (play asks fast). */
async function loadNetwork(s: AppState): Promise<boolean> {
  const ticket = ++networkRequest;
  const network = await api.network(s.filters.since, s.filters.until);
  if (ticket !== networkRequest) return false;
  data.network = network;
  if (!s.filters.since && !s.filters.until) fullNetwork = data.network;
  else fullNetwork ??= await api.network(null, null);
  return ticket === networkRequest;
}

async function loadExpansions(s: AppState): Promise<void> {
  await Promise.all(
    s.focus
      .filter((k) => !data.expansions.has(k))
      .map(async (k) => {
        data.expansions.set(
          k,
          await api
            .neighbourhood(k, s.filters.since, s.filters.until)
            .catch(() => ({ attributes: {}, nodes: [], edges: [] })),
        );
      }),
  );
}

/**
 * Positions for the dataset: on the map, or in force mode the positions already known, nodes an expansion brought
 * on rings around the node expanded, and the rest seeded from the map.
 */
function positionsFor(s: AppState, graph: GraphJson): Map<string, Point> {
  if (s.layout === 'geo') return geoPositions(graph);
  if (renderer && s.view === 'network') for (const [k, p] of renderer.positions()) known.set(k, p);
  const radius = nearRadius(known.values());
  for (const f of s.focus) {
    const centre = known.get(f);
    if (!centre) continue;
    const fresh = [
      ...new Set(graph.edges.flatMap((e) => (e.source === f ? [e.target] : e.target === f ? [e.source] : []))),
    ].filter((k) => !known.has(k));
    for (const [k, p] of placeAround(centre, fresh, radius)) known.set(k, p);
  }
  return seedPositions(graph, known);
}

/** The worker layout is made only when it is started: building it copies the graph, which the first frame need not wait for. */
function restartLayout(run: boolean): void {
  layout?.kill();
  layout = null;
  if (!renderer || !run) return;
  layout = forceLayout(renderer.graph, () => {
    store.update(up.setLayoutRunning(false));
    const sel = store.get().selection;
    if (sel?.kind === 'node') renderer?.focusNode(sel.key, uncovered());
  });
  if (run && store.get().layout === 'force') {
    layout.start();
    store.update(up.setLayoutRunning(true));
  }
}

/** The nodes drawn with every edge whatever the cap: expanded, selected, path nodes (pinned ones are added by the pipeline). */
function keptNodes(s: AppState): string[] {
  return [...s.focus, ...(s.selection?.kind === 'node' ? [s.selection.key] : []), ...(s.path?.nodes ?? [])];
}

/** dataset → filtered → visual → drawn. A first drawing in force mode is settled by a fixed number of layout steps. */
function rebuild(s: AppState): void {
  mark('rebuild');
  dataset = datasetOf(data, s);
  mark('dataset');
  const unplaced = s.layout === 'force' && s.view === 'network' && known.size === 0;
  const positions = positionsFor(s, dataset.graph);
  const sizeScale = Math.min(1, Math.max(0.55, window.innerWidth / 1000));
  output = runPipeline(dataset.graph, {
    filters: s.filters,
    hidden: s.hidden,
    pinned: s.pinned,
    colour: s.colour,
    size: s.size,
    edgeCap: s.edgeCap,
    keep: keptNodes(s),
    positions,
    sizeScale,
    view: s.view,
  });
  mark('pipeline');
  // A first drawing shows the map-seeded positions at once and settles right after its first frame.
  if (s.view === 'cypher' || (unplaced && renderer)) settleInPlace(output.visual, positions);
  else if (unplaced) settling = () => settleDrawn(positions);
  if (!renderer) {
    renderer = createRenderer(byId('graph'), output.visual, {
      clickNode: (key) => store.update(up.select({ kind: 'node', key })),
      clickEdge: (key) => {
        const g = renderer!.graph;
        const codes = dyadCodes(g.source(key), g.target(key));
        store.update(
          up.select(codes ? { kind: 'dyad', a: codes[0], b: codes[1] } : { kind: 'node', key: g.source(key) }),
        );
      },
      clickStage: () => (store.update(up.hover(null)), store.update(up.select(null))),
      hoverNode: (key) => store.update(up.hover(key)),
      doubleClickNode: (key) => store.update(up.expand(key)),
      dragNode: (key, to) => {
        if (layout?.running()) layout.stop();
        renderer!.graph.mergeNodeAttributes(key, { ...to, fixed: true });
        if (store.get().layout === 'force') known.set(key, to);
        if (!store.get().pinned.includes(key)) store.update(up.togglePin(key));
      },
      zoom: (ratio) => scheduleCap(ratio),
    });
    mapLayer = mountMapLayer(renderer.sigma as never);
    requestAnimationFrame(() => (debug.firstFrameMs = performance.now()));
  } else renderer.setGraph(output.visual, { edgeLabels: s.view === 'cypher' });
  mark('renderer');
  mapLayer?.show(s.layout === 'geo' && s.view === 'network');
  if (s.layout === 'force' && s.view === 'network')
    for (const n of output.visual.nodes) known.set(n.key, { x: n.attributes.x, y: n.attributes.y });
  restartLayout(s.layoutRunning);
  refreshEmphasis(s);
  renderTools(s);
  const o = output;
  renderLegend(byId('legend'), {
    colour: s.colour,
    size: s.size,
    kinds: filterOptions(o.filtered).nodeKinds,
    communities: communityEntries(o.visualOptions.communities, labelOf, o.visualOptions.importance),
    open: window.innerWidth > 700,
  });
  status.textContent = statusText(o, s.filters);
  mark('rebuilt');
}

let settling: (() => void) | null = null;

/** Settles the graph sigma already draws, in place, and keeps the positions for later rebuilds. */
function settleDrawn(positions: Map<string, Point>): void {
  if (!renderer || !output) return;
  const settled = settleInPlace(output.visual, positions);
  renderer.graph.updateEachNodeAttributes(
    (key, a) => {
      const p = settled.get(key);
      return p ? { ...a, x: p.x, y: p.y } : a;
    },
    { attributes: ['x', 'y'] },
  );
  renderer.sigma.refresh(); // now, so that a camera move right after reads the settled positions
  if (store.get().layout === 'force') for (const [k, p] of settled) known.set(k, p);
  mark('settled');
}

/** The whole filtered dataset with the drawing's look, positions included: what GEXF and CSV exports hold. */
function exportGraph(): GraphJson {
  if (!output) return dataset.graph;
  const drawn = renderer?.positions() ?? new Map<string, Point>();
  const positions = new Map(output.visualOptions.positions);
  for (const [k, p] of drawn) positions.set(k, p);
  return visualGraph(output.filtered, { ...output.visualOptions, positions });
}

let capTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleCap(ratio: number): void {
  clearTimeout(capTimer);
  capTimer = setTimeout(
    () =>
      store.update(
        up.setEdgeCap(
          edgeCapForZoom(up.baseEdgeCap, ratio, Math.max(up.baseEdgeCap, output?.filtered.edges.length ?? 0)),
        ),
      ),
    300,
  );
}

function refreshEmphasis(s: AppState): void {
  if (!renderer) return;
  const g = renderer.graph;
  const sel = s.selection;
  const selectedEdges =
    sel?.kind === 'dyad' && g.hasNode(`State:${sel.a}`) && g.hasNode(`State:${sel.b}`)
      ? [...g.edges(`State:${sel.a}`, `State:${sel.b}`), ...g.edges(`State:${sel.b}`, `State:${sel.a}`)]
      : [];
  const selectedEnds = sel?.kind === 'dyad' ? [`State:${sel.a}`, `State:${sel.b}`] : [];
  renderer.setEmphasis(
    emphasisFor(g, {
      hovered: s.hovered,
      selected: sel?.kind === 'node' ? sel.key : null,
      selectedEdges,
      selectedEnds,
      path: s.path,
    }),
  );
}

function renderTools(s: AppState): void {
  const open = drawers.current();
  if (open === 'filters')
    renderFiltersPanel(byId('drawer-filters'), s.filters, filterOptions(dataset.graph), {
      update: (f) => store.update(up.updateFilters(f)),
      years: yearBounds(fullNetwork),
      hidden: s.hidden.map((key) => ({ key, label: labelOf(key) })),
      unhide: (key) => store.update(up.unhide(key)),
    });
  if (open === 'path') {
    const choices = dataset.graph.nodes
      .map((n) => ({ key: n.key, label: asText(n.attributes.label) ?? n.key }))
      .sort((a, b) => a.label.localeCompare(b.label));
    renderPathPanel(byId('drawer-path'), {
      choices,
      from: s.pathFrom,
      to: s.pathTo,
      path: s.path,
      status: pathStatus,
      labelOf,
      find: (from, to) => void findPathByName(from, to),
      suggest: (text, list) => void suggestNames(text, list, searchLabels),
      why: (step) => store.update(up.select(stepSelection(step))),
      backward: (step, i) => {
        const key = s.path?.edges[i];
        const e = key ? dataset.graph.edges.find((x) => x.key === key) : undefined;
        return e ? e.source === step.to && e.target === step.from : false;
      },
      clear: () => {
        pathStatus = 'idle';
        data.path = null;
        store.update(up.setPathEnds(null, null));
      },
    });
  }
  byId('layout-mode').setAttribute('aria-pressed', String(s.layout === 'geo'));
  byId('layout-run').textContent = s.layoutRunning ? 'Stop layout' : 'Run layout';
  byId<HTMLButtonElement>('layout-run').disabled = s.layout === 'geo';
  byId<HTMLSelectElement>('colour-mode').value = s.colour;
  byId<HTMLSelectElement>('size-mode').value = s.size;
}

async function findPathByName(fromText: string, toText: string): Promise<void> {
  pathStatus = 'searching';
  const nodes = dataset.graph.nodes;
  const [from, to] = await Promise.all([
    resolveEntity(fromText, nodes, searchLabels),
    resolveEntity(toText, nodes, searchLabels),
  ]);
  store.update(up.setPathEnds(from, to));
  await findPath(from, to);
}

/** Asks `/api/path`; the path's nodes and relationships join the dataset, so it is drawn whatever the filters and cap. */
async function findPath(from: string, to: string): Promise<void> {
  pathStatus = 'searching';
  renderTools(store.get());
  try {
    const answer = await api.path(from, to);
    data.path = pathGraph(answer);
    for (const n of answer.graph?.nodes ?? []) searchLabels.set(n.key, asText(n.attributes.label) ?? n.key);
    const draft = datasetOf(data, store.get()).graph;
    const path = foundPath(answer, draft);
    pathStatus = path ? 'idle' : 'none';
    store.update(up.setPath(path));
    rebuild(store.get());
  } catch (e) {
    pathStatus = `Could not find a path: ${(e as Error).message}`;
    store.update(up.setPath(null));
  }
  renderTools(store.get());
}

store.subscribe((s, prev) => {
  history.replaceState(
    null,
    '',
    `${location.pathname}${encodeUrlState(up.toUrlState(s)) ? `?${encodeUrlState(up.toUrlState(s))}` : ''}`,
  );
  const period = s.filters.since !== prev.filters.since || s.filters.until !== prev.filters.until;
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
  if (s.filters !== prev.filters) renderTools(s);
  if (period) {
    data.expansions.clear();
    void Promise.all([loadNetwork(s), loadExpansions(s)]).then(([newest]) => {
      if (newest) rebuild(store.get());
    });
  } else if (structure)
    void loadExpansions(s).then(() => {
      const now = store.get();
      rebuild(now);
      if (s.view !== prev.view) void renderer?.sigma.getCamera().animatedReset({ duration: 300 });
      else if (s.focus !== prev.focus && now.selection?.kind === 'node' && now.focus.includes(now.selection.key)) {
        // The camera follows the expansion asked for, on the positions just drawn, whatever it was doing before.
        renderer?.sigma.refresh();
        renderer?.focusNode(now.selection.key, uncovered());
      }
      if (now.selection?.kind === 'node') renderPanel(byId('panel'), now, dataset, panelActions);
    });
  else if (
    drawing ||
    (kept &&
      s.selection?.kind === 'node' &&
      output &&
      !output.visual.nodes.some((n) => n.key === (s.selection as { key: string }).key))
  )
    rebuild(s);
  if (s.layout !== prev.layout && renderer) {
    if (s.layout === 'geo') {
      layout?.stop();
      rebuild(s);
    } else {
      rebuild(s);
      restartLayout(true);
    }
  }
  if (s.layoutRunning !== prev.layoutRunning) renderTools(s);
  if (s.hovered !== prev.hovered || s.selection !== prev.selection || s.path !== prev.path) refreshEmphasis(s);
  if (s.pathFrom !== prev.pathFrom || s.pathTo !== prev.pathTo || s.path !== prev.path) renderTools(s);
  if (s.view !== prev.view) byId('back-to-network').hidden = s.view !== 'cypher';
  if (
    s.selection !== prev.selection ||
    (s.selection?.kind === 'node' && (s.pinned !== prev.pinned || s.focus !== prev.focus))
  ) {
    renderPanel(byId('panel'), s, dataset, panelActions);
    if (s.selection?.kind === 'node' && s.selection !== prev.selection)
      renderer?.focusNode(s.selection.key, uncovered());
  }
});

mountSearchBox(byId('search'), (hit) => {
  const key = hit.uid;
  searchLabels.set(key, hit.name);
  if (!dataset.graph.nodes.some((n) => n.key === key)) store.update(up.expand(key));
  store.update(up.select({ kind: 'node', key }));
  byId('panel').focus();
});
mountCypherConsole(byId('drawer-cypher'), {
  showGraph: (r) => {
    data.cypher = r.graph;
    store.update(up.setView('cypher'));
    if (store.get().view === 'cypher') rebuild(store.get());
    drawers.close();
  },
  backToNetwork: () => store.update(up.setView('network')),
});
mountExportPanel(byId('drawer-export'), {
  sigma: () => renderer?.sigma ?? null,
  graph: () => exportGraph(),
  drawnEdges: () => output?.visual.edges.length ?? 0,
  link: () => location.href,
});
mountZoomControls(
  byId('zoom'),
  () => renderer?.sigma ?? null,
  () => {
    pathStatus = 'idle';
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
  if (layout?.running()) layout.stop();
  else restartLayout(true);
});
mountKeyboard({
  // An open drawer closes first; with none open, Escape clears the selection.
  closeDrawer: () => (drawers.current() ? (drawers.close(), true) : false),
  clearSelection: () => {
    if (store.get().selection) store.update(up.select(null));
  },
  focusSearch: () => byId('search-input').focus(),
});

async function start(): Promise<void> {
  mark('start');
  const s = store.get();
  status.textContent = 'Loading the network of states…';
  try {
    await Promise.all([loadNetwork(s), loadExpansions(s)]);
    mark('fetched');
  } catch (e) {
    status.textContent = `Could not load the graph: ${(e as Error).message}`;
    status.classList.add('error');
    return;
  }
  rebuild(store.get());
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  settling?.();
  settling = null;
  if (s.selection) renderPanel(byId('panel'), store.get(), dataset, panelActions);
  if (s.selection?.kind === 'node') renderer?.focusNode(s.selection.key, uncovered());
  if (s.pathFrom && s.pathTo) await findPath(s.pathFrom, s.pathTo);
  debug.ready = true;
}
void start();
