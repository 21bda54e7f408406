import { write } from 'graphology-gexf/browser/index.js';
import { Graph } from '../graph/libraries.ts';
import type Sigma from 'sigma';
import { download, h } from '../app/dom.ts';
import type { DrawnEdgeAttributes, DrawnNodeAttributes, GraphJson } from '../graph/types.ts';
import { edgesCsv, exportFileName, gexfAttributes, nodesCsv } from './utils.ts';

export interface ExportDeps {
  sigma(): Sigma<DrawnNodeAttributes, DrawnEdgeAttributes> | null;
  /** The graph as drawn: visual attributes included, so Gephi opens it as seen. */
  drawn(): GraphJson;
  link(): string;
}

/** Copies sigma's layers onto one canvas right after a synchronous render, while the WebGL buffers still hold the frame. */
function snapshot(sigma: Sigma<DrawnNodeAttributes, DrawnEdgeAttributes>): HTMLCanvasElement {
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = h('canvas', { width: width * ratio, height: height * ratio });
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const [name, canvas] of Object.entries(sigma.getCanvases())) {
    if (name === 'mouse') continue;
    ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

const vizKeys = new Set(['label', 'x', 'y', 'size', 'color']);
const data = (a: Record<string, unknown>) => Object.fromEntries(Object.entries(a).filter(([k]) => !vizKeys.has(k)));

/** GEXF 1.3 of a graph with its positions, sizes and colours as viz data and everything else as attributes. */
export function gexfOf(json: GraphJson): string {
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (const n of json.nodes) g.addNode(n.key, gexfAttributes(n.attributes));
  for (const e of json.edges) g.addEdgeWithKey(e.key, e.source, e.target, gexfAttributes(e.attributes));
  return write(g, {
    version: '1.3',
    formatNode: (_k, a) => ({ label: String(a.label ?? ''), attributes: data(a), viz: { x: Number(a.x ?? 0), y: Number(a.y ?? 0), size: Number(a.size ?? 1), color: String(a.color ?? '#999999') } }),
    formatEdge: (_k, a) => ({ label: String(a.relType ?? ''), weight: typeof a.weight === 'number' ? a.weight : 1, attributes: data(a), viz: { color: String(a.color ?? '#999999'), thickness: Number(a.size ?? 1) } }),
  });
}

/** PNG, GEXF and CSV of what is drawn, and the link that reopens the view. */
export function mountExportPanel(el: HTMLElement, deps: ExportDeps): void {
  const now = () => new Date();
  const png = () => {
    const s = deps.sigma();
    if (s) snapshot(s).toBlob((b) => b && download(exportFileName('png', now()), b), 'image/png');
  };
  const text = (ext: string, type: string, body: string) => download(exportFileName(ext, now()), new Blob([body], { type }));
  const link = h('input', { id: 'export-link', readonly: true, 'aria-label': 'Link to this view', value: '' });
  el.replaceChildren(
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close export', 'data-close': 'export' }, '×'),
    h('h2', {}, 'Export the view'),
    h(
      'div',
      { class: 'row-actions' },
      h('button', { type: 'button', id: 'export-png', onclick: png }, 'PNG image'),
      h('button', { type: 'button', id: 'export-gexf', onclick: () => text('gexf', 'application/gexf+xml', gexfOf(deps.drawn())) }, 'GEXF (Gephi)'),
      h('button', { type: 'button', id: 'export-nodes-csv', onclick: () => text('nodes.csv', 'text/csv', nodesCsv(deps.drawn())) }, 'Nodes CSV'),
      h('button', { type: 'button', id: 'export-edges-csv', onclick: () => text('edges.csv', 'text/csv', edgesCsv(deps.drawn())) }, 'Edges CSV'),
    ),
    h('label', { class: 'field' }, 'Link to this view', link),
    h('button', { type: 'button', id: 'export-copy', onclick: () => void navigator.clipboard?.writeText(deps.link()) }, 'Copy link'),
  );
  el.addEventListener('focusin', () => (link.value = deps.link()));
  new MutationObserver(() => (link.value = deps.link())).observe(el, { attributes: true, attributeFilter: ['hidden'] });
}
