import type Sigma from 'sigma';
import { download, h } from '../app/dom.ts';
import type { DrawnEdgeAttributes, DrawnNodeAttributes, GraphJson } from '../graph/types.ts';
import { writeGexf } from './gexf.ts';
import { edgesCsv, exportFileName, nodesCsv } from './utils.ts';

export interface ExportDeps {
  sigma(): Sigma<DrawnNodeAttributes, DrawnEdgeAttributes> | null;
  /** The whole filtered dataset with the drawing's look (positions, sizes, colours), so Gephi opens it as seen. */
  graph(): GraphJson;
  /** How many of its relations are drawn, for the note on what an export holds. */
  drawnEdges(): number;
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
  const map = sigma.getContainer().querySelector<HTMLCanvasElement>('canvas.map-layer');
  if (map && !map.hidden) ctx.drawImage(map, 0, 0, out.width, out.height);
  for (const [name, canvas] of Object.entries(sigma.getCanvases())) {
    if (name === 'mouse') continue;
    ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

/** PNG of the view; GEXF and CSV of the whole filtered dataset, saying so; and the link that reopens the view. */
export function mountExportPanel(el: HTMLElement, deps: ExportDeps): void {
  const now = () => new Date();
  const png = () => {
    const s = deps.sigma();
    if (s) snapshot(s).toBlob((b) => b && download(exportFileName('png', now()), b), 'image/png');
  };
  const text = (ext: string, type: string, body: string) =>
    download(exportFileName(ext, now()), new Blob([body], { type }));
  const contents = h('p', { class: 'muted', id: 'export-contents' });
  const describe = () => {
    const g = deps.graph();
    return `${g.nodes.length} nodes and ${g.edges.length} relations: everything the filters keep, ${deps.drawnEdges()} relations of it drawn`;
  };
  const gexf = () =>
    writeGexf(deps.graph(), { description: `StateGraph export: ${describe()}. ${deps.link()}`, date: now() });
  const link = h('input', { id: 'export-link', readonly: true, 'aria-label': 'Link to this view', value: '' });
  el.replaceChildren(
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close export', 'data-close': 'export' }, '×'),
    h('h2', {}, 'Export the view'),
    h(
      'div',
      { class: 'row-actions' },
      h('button', { type: 'button', id: 'export-png', onclick: png }, 'PNG image'),
      h(
        'button',
        { type: 'button', id: 'export-gexf', onclick: () => text('gexf', 'application/gexf+xml', gexf()) },
        'GEXF (Gephi)',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'export-nodes-csv',
          onclick: () => text('nodes.csv', 'text/csv', nodesCsv(deps.graph())),
        },
        'Nodes CSV',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'export-edges-csv',
          onclick: () => text('edges.csv', 'text/csv', edgesCsv(deps.graph())),
        },
        'Edges CSV',
      ),
    ),
    contents,
    h('label', { class: 'field' }, 'Link to this view', link),
    h(
      'button',
      { type: 'button', id: 'export-copy', onclick: () => void navigator.clipboard?.writeText(deps.link()) },
      'Copy link',
    ),
  );
  const refresh = () => {
    link.value = deps.link();
    contents.textContent = `GEXF and CSV hold ${describe()}. The PNG shows the view as drawn.`;
  };
  el.addEventListener('focusin', refresh);
  new MutationObserver(() => !el.hidden && refresh()).observe(el, { attributes: true, attributeFilter: ['hidden'] });
}
