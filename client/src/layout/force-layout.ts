import { Graph, type GraphInstance } from '../graph/libraries.ts';
import { analysis } from '../graph/load-analysis.ts';
import type { DrawnEdgeAttributes, DrawnNodeAttributes, Point } from '../graph/types.ts';
import { rowBelow } from './row-below.ts';

export interface ForceLayout {
  start(): void;
  stop(): void;
  kill(): void;
  running(): boolean;
}

/** How often positions reach the drawn graph: each copy makes sigma redraw, so big graphs redraw less often and clicks get through. */
const syncInterval = (order: number): number => (order > 5000 ? 1000 : order > 1000 ? 400 : 60);

/**
 * ForceAtlas2 in a web worker on a light copy of the drawn graph (positions, sizes, weights), so the page keeps
 * answering while it runs; positions are copied to the drawn graph at intervals. It stops by itself after a while,
 * since people read a graph that stands still. Pinned nodes carry `fixed` and stay put.
 */
export function forceLayout(
  graph: GraphInstance<DrawnNodeAttributes, DrawnEdgeAttributes>,
  onStop: () => void,
  maxMs = 6000,
): ForceLayout {
  const light = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  // Unconnected nodes would only be pushed far out by repulsion and shrink the picture; they line up beside it instead.
  const isolated: string[] = [];
  graph.forEachNode((key, a) =>
    graph.degree(key) === 0 && a.fixed !== true
      ? isolated.push(key)
      : light.addNode(key, { x: a.x, y: a.y, size: a.size, fixed: a.fixed === true }),
  );
  graph.forEachEdge((key, a, source, target) =>
    light.addEdgeWithKey(key, source, target, { weight: Math.log1p(typeof a.weight === 'number' ? a.weight : 1) }),
  );
  const { FA2Layout, forceAtlas2 } = analysis();
  const settings = { ...forceAtlas2.inferSettings(light), barnesHutOptimize: light.order > 400, slowDown: 4 };
  const layout = new FA2Layout(light, { settings, getEdgeWeight: 'weight' });
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let syncTimer: ReturnType<typeof setInterval> | undefined;
  const sync = () => {
    const placed = new Map<string, Point>();
    light.forEachNode((key, a) => placed.set(key, { x: a.x as number, y: a.y as number }));
    for (const [key, p] of rowBelow(isolated, [...placed.values()])) placed.set(key, p);
    graph.updateEachNodeAttributes(
      (key, a) => {
        const p = placed.get(key);
        return p ? { ...a, x: p.x, y: p.y } : a;
      },
      { attributes: ['x', 'y'] },
    );
  };
  const stop = () => {
    clearTimeout(stopTimer);
    clearInterval(syncTimer);
    if (!layout.isRunning()) return;
    layout.stop();
    sync();
    onStop();
  };
  return {
    start() {
      if (light.order === 0 || layout.isRunning()) return;
      layout.start();
      syncTimer = setInterval(sync, syncInterval(light.order));
      stopTimer = setTimeout(stop, maxMs);
    },
    stop,
    kill() {
      clearTimeout(stopTimer);
      clearInterval(syncTimer);
      layout.kill();
    },
    running: () => layout.isRunning(),
  };
}
