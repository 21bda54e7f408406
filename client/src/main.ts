import { api } from './api/client.ts';
import { networkLoaders, type PageData } from './app/network-loaders.ts';
import { datasetOf, yearBounds, type Dataset } from './app/dataset-of.ts';
import { byId } from './app/dom.ts';
import { mountDrawers } from './app/drawers.ts';
import { mountChrome } from './app/mount-chrome.ts';
import { renderPanel } from './app/render-panel.ts';
import { statusText } from './app/status-line.ts';
import { createStore } from './app/store.ts';
import { emphasisOfState } from './app/emphasis-of-state.ts';
import { onStateChange } from './app/on-state-change.ts';
import type { AppState } from './app/types.ts';
import * as up from './app/updaters.ts';
import { uncovered } from './app/uncovered.ts';
import { renderFiltersPanel } from './filters/filters-panel.ts';
import { filterOptions } from './filters/utils.ts';
import { communityEntries, renderLegend } from './graph/legend.ts';
import { mountIngestStatus } from './ingest-status/mount-ingest-status.ts';
import { runPipeline, type PipelineOutput } from './graph/pipeline.ts';
import { createRenderer, type Renderer } from './graph/renderer.ts';
import { colourModeLabels, sizeModeLabels, type GraphJson, type Point } from './graph/types.ts';
import { dyadCodes, edgeCapForZoom } from './graph/utils.ts';
import { visualGraph } from './graph/visual.ts';
import { forceLayout, type ForceLayout } from './layout/force-layout.ts';
import { geoPositions, seedPositions } from './layout/geo.ts';
import { mountMapLayer, type MapLayer } from './layout/map-layer.ts';
import { nearRadius, placeAround } from './layout/place-around.ts';
import { settleInPlace } from './layout/settle-layout.ts';
import { analysisLoaded, loadAnalysis } from './graph/load-analysis.ts';
import { renderPathPanel } from './path/path-panel.ts';
import { resolveEntity, suggestNames } from './path/entity-names.ts';
import { foundPath, pathGraph, stepSelection } from './path/utils.ts';
import { decodeUrlState } from './url-state/utils.ts';
import { asText } from './api/json.ts';
import { toolSelect } from './app/tool-select.ts';

const store = createStore(up.initialState(decodeUrlState(location.search)));
const data: PageData = { network: null, expansions: new Map(), cypher: null, path: null, full: null };
const { loadNetwork, loadExpansions } = networkLoaders(data);
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
  if (!analysisLoaded()) return void loadAnalysis().then(() => restartLayout(run));
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
  // Only the first drawing may go without the analysis chunk, when its colour and size need none of it.
  if (!analysisLoaded() && (renderer || s.colour === 'community' || s.size === 'pagerank' || s.size === 'betweenness'))
    return void loadAnalysis().then(() => rebuild(store.get()));
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
  const first = !renderer;
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
  const o = output;
  const chromeOfDrawing = () => {
    renderTools(s);
    renderLegend(byId('legend'), {
      colour: s.colour,
      size: s.size,
      kinds: filterOptions(o.filtered).nodeKinds,
      communities: communityEntries(o.visualOptions.communities, labelOf, o.visualOptions.importance),
      open: window.innerWidth > 700,
    });
    status.textContent = statusText(o, s.filters);
  };
  // The first drawing's legend, status and drawers wait for its frame: sigma's canvas is what the user waits for.
  const drawing = ++drawings;
  if (first) requestAnimationFrame(() => setTimeout(() => drawing === drawings && chromeOfDrawing(), 0));
  else chromeOfDrawing();
  mark('rebuilt');
}

/** Counts rebuilds, so a deferred first legend is not drawn over a later rebuild's. */
let drawings = 0;
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
  renderer?.setEmphasis(emphasisOfState(renderer.graph, s));
}

function renderTools(s: AppState): void {
  const open = drawers.current();
  if (open === 'filters')
    renderFiltersPanel(byId('drawer-filters'), s.filters, filterOptions(dataset.graph), {
      update: (f) => store.update(up.updateFilters(f)),
      years: yearBounds(data.full),
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

store.subscribe(
  onStateChange({
    current: () => store.get(),
    expansions: data.expansions,
    renderer: () => renderer,
    output: () => output,
    layout: () => layout,
    dataset: () => dataset,
    panelActions,
    loadNetwork,
    loadExpansions,
    rebuild,
    renderTools,
    refreshEmphasis,
    restartLayout,
  }),
);

/** The controls around the graph, built once the first frame is drawn (or the network failed to load). */
const chrome = (): Promise<void> => {
  mountIngestStatus(document.querySelector<HTMLElement>('header.bar') ?? document.body);
  return mountChrome({
    store,
    drawers,
    searchLabels,
    renderer: () => renderer,
    output: () => output,
    layout: () => layout,
    inDataset: (key) => dataset.graph.nodes.some((n) => n.key === key),
    exportGraph,
    showCypherGraph: (graph) => {
      data.cypher = graph;
      store.update(up.setView('cypher'));
      if (store.get().view === 'cypher') rebuild(store.get());
    },
    clearPathStatus: () => (pathStatus = 'idle'),
    restartLayout,
  });
};

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
    await chrome();
    return;
  }
  rebuild(store.get());
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const chromeMounted = chrome();
  await loadAnalysis();
  settling?.();
  settling = null;
  if (s.selection) renderPanel(byId('panel'), store.get(), dataset, panelActions);
  if (s.selection?.kind === 'node') renderer?.focusNode(s.selection.key, uncovered());
  if (s.pathFrom && s.pathTo) await findPath(s.pathFrom, s.pathTo);
  await chromeMounted;
  debug.ready = true;
}
void start();
