// Inputs for bench/client.ts: a generated graph shaped like the state network, and the bare sigma page.

export interface Json {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

/** A seeded generator, so every run draws the same graph. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Nodes in geographic clusters, edges mostly within a cluster, counts heavy-tailed like event counts. */
export function syntheticGraph(nodeCount: number, edgeCount: number): Json {
  const rnd = random(42);
  const clusters = Array.from({ length: 40 }, () => ({ lon: -170 + 340 * rnd(), lat: -60 + 130 * rnd() }));
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const c = clusters[i % clusters.length]!;
    return { key: `State:N${i}`, attributes: { kind: 'State', label: `Node ${i}`, name: `Node ${i}`, lon: c.lon + 12 * (rnd() - 0.5), lat: c.lat + 8 * (rnd() - 0.5) } };
  });
  const edges: Json['edges'] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const a = Math.floor(rnd() ** 2 * nodeCount);
    const b = rnd() < 0.8 ? (a + clusters.length * (1 + Math.floor(rnd() * 20))) % nodeCount : Math.floor(rnd() * nodeCount);
    if (a === b || seen.has(`${a}-${b}`)) continue;
    seen.add(`${a}-${b}`);
    const count = Math.max(1, Math.floor(1 / (rnd() + 0.001)));
    const q = [rnd(), rnd(), rnd(), rnd()].map((x) => Math.round(x * count));
    edges.push({ key: `DYAD:${a}-${b}`, source: `State:N${a}`, target: `State:N${b}`, attributes: { type: 'DYAD', count, quad1: q[0], quad2: q[1], quad3: q[2], quad4: q[3], first: '2005-01-01', last: '2015-12-31' } });
  }
  return { attributes: { view: 'network' }, nodes, edges };
}

/** index.html and main.js of a page that loads the graph and hands it to sigma with default settings. */
export const bareSigmaPage: Record<string, string> = {
  'index.html': `<!doctype html><html><head><meta charset="utf-8"><title>bare sigma</title>
<style>html,body,#g{margin:0;width:100%;height:100%}</style></head>
<body><div id="g"></div><script type="module" src="./main.js"></script></body></html>`,
  'main.js': `import Graph from 'graphology';
import Sigma from 'sigma';
let sigma = null;
window.bare = { firstFrameMs: null, sigma: () => sigma, edges: () => sigma.getGraph().size };
// The same request the page makes; sigma needs x, y and a size, the rest is its defaults.
const json = await (await fetch('/api/graph?types=DYAD,MESSAGE,SANCTION,BORDERS&limit=10000')).json();
const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
graph.import(json);
graph.updateEachNodeAttributes((key, a) => ({ ...a, x: a.lon ?? Math.cos(key.length), y: a.lat ?? Math.sin(key.length), size: 3 + Math.sqrt(graph.degree(key)) }));
graph.updateEachEdgeAttributes((key, a) => ({ ...a, type: undefined, size: 1 }));
sigma = new Sigma(graph, document.getElementById('g'));
requestAnimationFrame(() => { window.bare.firstFrameMs = performance.now(); });
`,
};
