// Inputs for bench/client.ts: a generated graph shaped like the state network, and the bare sigma page.

export interface Json {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

/** A seeded generator, so every run draws the same graph. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Nodes in geographic clusters, edges mostly within a cluster, counts heavy-tailed like event counts. */
export function syntheticGraph(nodeCount: number, edgeCount: number): Json {
  const rnd = random(42);
  const clusters = Array.from({ length: 40 }, () => ({ lon: -170 + 340 * rnd(), lat: -60 + 130 * rnd() }));
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const c = clusters[i % clusters.length]!;
    return {
      key: `State:N${i}`,
      attributes: {
        kind: 'State',
        label: `Node ${i}`,
        name: `Node ${i}`,
        lon: c.lon + 12 * (rnd() - 0.5),
        lat: c.lat + 8 * (rnd() - 0.5),
      },
    };
  });
  const edges: Json['edges'] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const a = Math.floor(rnd() ** 2 * nodeCount);
    const b =
      rnd() < 0.8 ? (a + clusters.length * (1 + Math.floor(rnd() * 20))) % nodeCount : Math.floor(rnd() * nodeCount);
    if (a === b || seen.has(`${a}-${b}`)) continue;
    seen.add(`${a}-${b}`);
    const count = Math.max(1, Math.floor(1 / (rnd() + 0.001)));
    const q = [rnd(), rnd(), rnd(), rnd()].map((x) => Math.round(x * count));
    edges.push({
      key: `DYAD:${a}-${b}`,
      source: `State:N${a}`,
      target: `State:N${b}`,
      attributes: {
        type: 'DYAD',
        count,
        quad1: q[0],
        quad2: q[1],
        quad3: q[2],
        quad4: q[3],
        first: '2005-01-01',
        last: '2015-12-31',
      },
    });
  }
  return { attributes: { view: 'network' }, nodes, edges };
}

/** What StateGraph drew, as the bench captures it from the page: the bare page draws exactly this. */
export interface DrawnSpec {
  settings: Record<string, unknown>;
  nodes: { key: string; x: number; y: number; size: number; color: string; label: string; forceLabel: boolean }[];
  edges: { key: string; size: number; color: string; type: string; curvature: number; zIndex: number }[];
}

/**
 * index.html and main.js of a bare sigma page: it requests the same /api/graph answer as StateGraph and, beside it,
 * the list of what StateGraph drew (drawn.json); it keeps exactly those nodes and edges with StateGraph's positions,
 * sizes and colours, and hands them to sigma with the same edge programs and rendering settings, without reducers.
 */
export const bareSigmaPage: Record<string, string> = {
  'index.html': `<!doctype html><html><head><meta charset="utf-8"><title>bare sigma</title>
<style>html,body,#g{margin:0;width:100%;height:100%}</style></head>
<body><div id="g"></div><script type="module" src="./main.js"></script></body></html>`,
  'main.js': `import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
let sigma = null;
// The same marks as StateGraph's where the work is the same: script evaluated, answer in, renderer created.
const marks = { start: Math.round(performance.now()) };
window.bare = { firstFrameMs: null, marks, sigma: () => sigma, edges: () => sigma.getGraph().size };
const [json, drawn] = await Promise.all([
  fetch('/api/graph?types=DYAD%2CMESSAGE%2CSANCTION%2CBORDERS&limit=10000').then((r) => r.json()),
  fetch('./drawn.json').then((r) => r.json()),
]);
marks.fetched = Math.round(performance.now());
const nodes = new Map(drawn.nodes.map((n) => [n.key, n]));
const edges = new Map(drawn.edges.map((e) => [e.key, e]));
const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
for (const n of json.nodes) {
  const d = nodes.get(n.key);
  if (d) graph.addNode(n.key, { ...n.attributes, x: d.x, y: d.y, size: d.size, color: d.color, label: d.label, forceLabel: d.forceLabel });
}
// Nodes and edges StateGraph added to the answer (expansions, paths) are drawn from the list alone.
for (const d of drawn.nodes) if (!graph.hasNode(d.key)) graph.addNode(d.key, d);
for (const e of json.edges) {
  const d = edges.get(e.key);
  if (d && graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdgeWithKey(e.key, e.source, e.target, { ...e.attributes, ...d });
}
sigma = new Sigma(graph, document.getElementById('g'), {
  ...drawn.settings,
  edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
});
marks.renderer = Math.round(performance.now());
requestAnimationFrame(() => { window.bare.firstFrameMs = performance.now(); });
`,
};
