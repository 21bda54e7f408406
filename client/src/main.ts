import { api } from './api/client.ts';
import { datasetOf, yearBounds, type Dataset } from './app/dataset-of.ts';
import { byId } from './app/dom.ts';
import { mountDrawers } from './app/drawers.ts';
import { renderPanel } from './app/render-panel.ts';
import { createStore } from './app/store.ts';
import type { AppState } from './app/types.ts';
import * as up from './app/updaters.ts';
import { mountCypherConsole } from './cypher/cypher-console.ts';
import { mountExportPanel } from './export/export-panel.ts';
import { renderFiltersPanel } from './filters/filters-panel.ts';
import { filterOptions } from './filters/utils.ts';
import { renderLegend } from './graph/legend.ts';
import { mountIngestStatus } from './ingest-status/mount-ingest-status.ts';
import { runPipeline, type PipelineOutput } from './graph/pipeline.ts';
import { emphasisFor } from './graph/reducers.ts';
import { createRenderer, type Renderer } from './graph/renderer.ts';
import type { GraphJson, Point } from './graph/types.ts';
import { dyadCodes, edgeCapForZoom } from './graph/utils.ts';
import { forceLayout, type ForceLayout } from './layout/force-layout.ts';
import { geoPositions, seedPositions } from './layout/geo.ts';
import { renderPathPanel } from './path/path-panel.ts';
import { shortestPath } from './path/utils.ts';
import { mountSearchBox } from './search/search-box.ts';
import { decodeUrlState, encodeUrlState } from './url-state/utils.ts';

const store = createStore(up.initialState(decodeUrlState(location.search)));
const data = { network: null as GraphJson | null, expansions: new Map<string, GraphJson>(), cypher: null as GraphJson | null };
let fullNetwork: GraphJson | null = null;
let dataset: Dataset = { graph: { attributes: {}, nodes: [], edges: [] }, expansionTotals: new Map() };
let output: PipelineOutput | null = null;
let renderer: Renderer | null = null;
let layout: ForceLayout | null = null;
const known = new Map<string, Point>();
let pathSearched = false;
const debug = { ready: false, firstFrameMs: null as number | null, store, renderer: () => renderer, dataset: () => dataset, output: () => output };
Object.assign(window, { stategraph: debug });

const status = byId('status');
mountIngestStatus(document.querySelector<HTMLElement>('header.bar') ?? document.body);
const drawers = mountDrawers(() => renderTools(store.get()));
const labelOf = (key: string) => String(dataset.graph.nodes.find((n) => n.key === key)?.attributes.label ?? key);

const panelActions = {
  openNode: (key: string) => store.update(up.select({ kind: 'node', key })),
  openDyad: (a: string, b: string) => store.update(up.select({ kind: 'dyad', a, b })),
  openSource: (id: string, start: number | null, end: number | null) => store.update(up.select({ kind: 'source', id, start, end })),
  expand: (key: string) => store.update(up.expand(key)),
  hide: (key: string) => store.update(up.hide(key)),
  togglePin: (key: string) => store.update(up.togglePin(key)),
  pathFrom: (key: string) => (store.update(up.setPathEnds(key, store.get().pathTo)), drawers.open('path')),
  pathTo: (key: string) => (store.update(up.setPathEnds(store.get().pathFrom, key)), drawers.open('path')),
  close: () => store.update(up.select(null)),
};

let networkRequest = 0;

/**
 * Loads the network for the state's period; an answer that arrives after a newer request is dropped (the play
 * button asks fast), and says so, so that only the newest answer is drawn.
 */
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
    s.focus.filter((k) => !data.expansions.has(k)).map(async (k) => {
      data.expansions.set(k, await api.neighbourhood(k, s.filters.since, s.filters.until).catch(() => ({ attributes: {}, nodes: [], edges: [] })));
    }),
  );
}

/** Positions for the dataset: the map, or the force layout's last positions (pinned ones included) seeded from the map. */
function positionsFor(s: AppState, graph: GraphJson): Map<string, Point> {
  if (renderer && s.layout === 'force') for (const [k, p] of renderer.positions()) known.set(k, p);
  return s.layout === 'force' ? seedPositions(graph, known) : geoPositions(graph);
}

function restartLayout(run: boolean): void {
  layout?.kill();
  layout = null;
  if (!renderer) return;
  layout = forceLayout(renderer.graph, () => {
    store.update(up.setLayoutRunning(false));
    // The layout moved the selected node away from where the camera was sent.
    const sel = store.get().selection;
    if (sel?.kind === 'node') renderer?.focusNode(sel.key, uncovered());
  });
  if (run && store.get().layout === 'force') {
    layout.start();
    store.update(up.setLayoutRunning(true));
  }
}

/** dataset → filtered → visual → drawn; starts the layout when nodes arrived that it has not placed yet. */
function rebuild(s: AppState): void {
  dataset = datasetOf(data, s);
  const fresh = s.layout === 'force' && dataset.graph.nodes.some((n) => !known.has(n.key));
  const positions = positionsFor(s, dataset.graph);
  const keep = [...s.focus, ...(s.selection?.kind === 'node' ? [s.selection.key] : []), ...(s.path?.nodes ?? [])];
  output = runPipeline(dataset.graph, { filters: s.filters, hidden: s.hidden, pinned: s.pinned, colour: s.colour, edgeCap: s.edgeCap, keep, positions, sizeScale: Math.min(1, Math.max(0.55, window.innerWidth / 1000)) });
  if (!renderer) {
    renderer = createRenderer(byId('graph'), output.visual, {
      clickNode: (key) => store.update(up.select({ kind: 'node', key })),
      clickEdge: (key) => {
        const g = renderer!.graph;
        const codes = dyadCodes(g.source(key), g.target(key));
        store.update(up.select(codes ? { kind: 'dyad', a: codes[0], b: codes[1] } : { kind: 'node', key: g.source(key) }));
      },
      clickStage: () => store.update(up.hover(null)),
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
    requestAnimationFrame(() => (debug.firstFrameMs = performance.now()));
  } else renderer.setGraph(output.visual);
  if (s.layout === 'force') for (const n of output.visual.nodes) known.set(n.key, { x: n.attributes.x, y: n.attributes.y });
  restartLayout(fresh || s.layoutRunning);
  refreshEmphasis(s);
  renderTools(s);
  renderLegend(byId('legend'), s.colour, filterOptions(output.filtered).nodeKinds, window.innerWidth > 700);
  const drawnEdges = output.visual.edges.length;
  const nodes = output.droppedNodes ? `${output.visual.nodes.length} of ${output.filtered.nodes.length}` : String(output.visual.nodes.length);
  status.textContent = `${nodes} nodes · ${drawnEdges} of ${output.filtered.edges.length} relations drawn${output.droppedEdges || output.droppedNodes ? ' (zoom in for more)' : ''}${s.filters.since || s.filters.until ? ` · ${s.filters.since ?? '…'} to ${s.filters.until ?? '…'}` : ''}`;
}

let capTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleCap(ratio: number): void {
  clearTimeout(capTimer);
  capTimer = setTimeout(() => store.update(up.setEdgeCap(edgeCapForZoom(up.baseEdgeCap, ratio, Math.max(up.baseEdgeCap, output?.filtered.edges.length ?? 0)))), 300);
}

function refreshEmphasis(s: AppState): void {
  if (!renderer) return;
  const g = renderer.graph;
  const sel = s.selection;
  const selectedEdges = sel?.kind === 'dyad' && g.hasNode(`State:${sel.a}`) && g.hasNode(`State:${sel.b}`) ? [...g.edges(`State:${sel.a}`, `State:${sel.b}`), ...g.edges(`State:${sel.b}`, `State:${sel.a}`)] : [];
  const selectedEnds = sel?.kind === 'dyad' ? [`State:${sel.a}`, `State:${sel.b}`] : [];
  renderer.setEmphasis(emphasisFor(g, { hovered: s.hovered, selected: sel?.kind === 'node' ? sel.key : null, selectedEdges, selectedEnds, path: s.path }));
}

function renderTools(s: AppState): void {
  const open = drawers.current();
  if (open === 'filters') renderFiltersPanel(byId('drawer-filters'), s.filters, filterOptions(dataset.graph), {
    update: (f) => store.update(up.updateFilters(f)),
    years: yearBounds(fullNetwork),
    hidden: s.hidden.map((key) => ({ key, label: labelOf(key) })),
    unhide: (key) => store.update(up.unhide(key)),
  });
  if (open === 'path') {
    const choices = (output?.visual.nodes ?? []).map((n) => ({ key: n.key, label: n.attributes.label })).sort((a, b) => a.label.localeCompare(b.label));
    renderPathPanel(byId('drawer-path'), {
      choices, from: s.pathFrom, to: s.pathTo, path: s.path, searched: pathSearched, labelOf,
      find: (from, to) => findPath(from, to),
      clear: () => ((pathSearched = false), store.update(up.setPathEnds(null, null))),
    });
  }
  byId('layout-mode').setAttribute('aria-pressed', String(s.layout === 'geo'));
  byId('layout-run').textContent = s.layoutRunning ? 'Stop layout' : 'Run layout';
  byId<HTMLButtonElement>('layout-run').disabled = s.layout === 'geo';
  byId('colour-mode').setAttribute('aria-pressed', String(s.colour === 'community'));
}

/** The part of the graph canvas the side panel does not cover: a bottom sheet on phones, a column on the right otherwise. */
function uncovered(): { width: number; height: number } {
  const g = byId('graph').getBoundingClientRect();
  const p = byId('panel').getBoundingClientRect();
  if (byId('panel').hidden || p.width === 0) return { width: g.width, height: g.height };
  return p.left <= g.left + 1 ? { width: g.width, height: p.top - g.top } : { width: p.left - g.left, height: g.height };
}

function findPath(from: string, to: string): void {
  pathSearched = true;
  store.update(up.setPathEnds(from, to));
  store.update(up.setPath(output ? shortestPath({ ...output.filtered, nodes: output.visual.nodes, edges: output.visual.edges }, from, to) : null));
}

store.subscribe((s, prev) => {
  history.replaceState(null, '', `${location.pathname}${encodeUrlState(up.toUrlState(s)) ? `?${encodeUrlState(up.toUrlState(s))}` : ''}`);
  const period = s.filters.since !== prev.filters.since || s.filters.until !== prev.filters.until;
  const structure = s.view !== prev.view || s.focus !== prev.focus || s.shown !== prev.shown;
  const drawing = s.filters !== prev.filters || s.hidden !== prev.hidden || s.pinned !== prev.pinned || s.colour !== prev.colour || s.edgeCap !== prev.edgeCap;
  if (period) {
    data.expansions.clear();
    void Promise.all([loadNetwork(s), loadExpansions(s)]).then(([newest]) => {
      if (newest) rebuild(store.get());
    });
  } else if (structure) void loadExpansions(s).then(() => {
    const now = store.get();
    rebuild(now);
    if (s.view !== prev.view) void renderer?.sigma.getCamera().animatedReset({ duration: 300 });
    if (now.selection?.kind === 'node') renderPanel(byId('panel'), now, dataset, panelActions);
  });
  else if (drawing) rebuild(s);
  if (s.layout !== prev.layout && renderer) {
    if (s.layout === 'geo') {
      layout?.stop();
      rebuild(s);
    } else restartLayout(true);
  }
  if (s.layoutRunning !== prev.layoutRunning) renderTools(s);
  if (s.hovered !== prev.hovered || s.selection !== prev.selection || s.path !== prev.path) refreshEmphasis(s);
  if (s.pathFrom !== prev.pathFrom || s.pathTo !== prev.pathTo || s.path !== prev.path) renderTools(s);
  if (s.view !== prev.view) byId('back-to-network').hidden = s.view !== 'cypher';
  if (s.selection !== prev.selection || (s.selection?.kind === 'node' && s.pinned !== prev.pinned)) {
    renderPanel(byId('panel'), s, dataset, panelActions);
    if (s.selection?.kind === 'node') renderer?.focusNode(s.selection.key, uncovered());
  }
});

mountSearchBox(byId('search'), (hit) => {
  const key = hit.uid;
  if (!dataset.graph.nodes.some((n) => n.key === key)) store.update(up.expand(key));
  store.update(up.select({ kind: 'node', key }));
  byId('panel').focus();
});
mountCypherConsole(byId('drawer-cypher'), {
  showGraph: (r) => {
    data.cypher = r.graph;
    store.update(up.setView('cypher'));
    drawers.close();
  },
  backToNetwork: () => store.update(up.setView('network')),
});
mountExportPanel(byId('drawer-export'), { sigma: () => renderer?.sigma ?? null, drawn: () => output?.visual ?? dataset.graph, link: () => location.href });
byId('back-to-network').addEventListener('click', () => store.update(up.setView('network')));
byId('layout-mode').addEventListener('click', () => store.update(up.setLayout(store.get().layout === 'geo' ? 'force' : 'geo')));
byId('colour-mode').addEventListener('click', () => store.update(up.setColour(store.get().colour === 'community' ? 'kind' : 'community')));
byId('layout-run').addEventListener('click', () => {
  if (layout?.running()) layout.stop();
  else restartLayout(true);
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    if (drawers.current()) drawers.close();
    else if (store.get().selection) store.update(up.select(null));
  } else if (e.key === '/' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) {
    e.preventDefault();
    byId('search-input').focus();
  }
});

async function start(): Promise<void> {
  const s = store.get();
  status.textContent = 'Loading the network of states…';
  try {
    await Promise.all([loadNetwork(s), loadExpansions(s)]);
  } catch (e) {
    status.textContent = `Could not load the graph: ${(e as Error).message}`;
    status.classList.add('error');
    return;
  }
  rebuild(store.get());
  if (s.selection) renderPanel(byId('panel'), store.get(), dataset, panelActions);
  if (s.selection?.kind === 'node') renderer?.focusNode(s.selection.key, uncovered());
  if (s.pathFrom && s.pathTo) findPath(s.pathFrom, s.pathTo);
  debug.ready = true;
}
void start();
