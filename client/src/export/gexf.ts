import type { GraphJson } from '../graph/types.ts';
import { asText } from '../api/json.ts';

/** Attributes the drawing needs and GEXF carries in its viz elements or leaves out. */
const drawOnly = new Set([
  'x',
  'y',
  'size',
  'color',
  'label',
  'type',
  'curvature',
  'zIndex',
  'fixed',
  'forceLabel',
  'labels',
  'highlighted',
]);

/**
 * Titles readers use for themselves: networkx keys its multigraph edges by `key` and reads `id`, `label` and
 * `weight` into the same dictionary as the attributes; such properties get a suffix instead of clashing.
 */
const reserved = new Set([
  'key',
  'id',
  'label',
  'weight',
  'source',
  'target',
  'type',
  'pid',
  'start',
  'end',
  'networkx_key',
]);
export const safeTitle = (name: string): string => (reserved.has(name) ? `${name}Property` : name);

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters in a document: they must go.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** '#rgb' or '#rrggbb' as channels; anything else a neutral grey. */
export function rgb(colour: unknown): { r: number; g: number; b: number } {
  const s = typeof colour === 'string' ? colour.trim() : '';
  const m6 = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(s);
  if (m6) return { r: parseInt(m6[1]!, 16), g: parseInt(m6[2]!, 16), b: parseInt(m6[3]!, 16) };
  const m3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(s);
  if (m3)
    return { r: parseInt(m3[1]! + m3[1]!, 16), g: parseInt(m3[2]! + m3[2]!, 16), b: parseInt(m3[3]! + m3[3]!, 16) };
  return { r: 153, g: 153, b: 153 };
}

type Scalar = string | number | boolean;
const scalar = (v: unknown): Scalar | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
      ? v
      : Array.isArray(v)
        ? v.join('; ')
        : JSON.stringify(v);

interface Column {
  id: string;
  title: string;
  type: 'string' | 'double' | 'boolean';
}

/** One declared attribute per property name, typed by what its values hold (mixed kinds become strings). */
function columns(rows: Record<string, unknown>[]): Map<string, Column> {
  const kinds = new Map<string, Set<string>>();
  for (const r of rows)
    for (const [k, v] of Object.entries(r)) {
      const s = scalar(v);
      if (drawOnly.has(k) || s === null || (typeof s === 'number' && !Number.isFinite(s))) continue;
      (kinds.get(k) ?? kinds.set(k, new Set()).get(k)!).add(typeof s);
    }
  const out = new Map<string, Column>();
  // The id is the title: graphology-gexf reads attributes back by id, networkx by title.
  for (const k of [...kinds.keys()].sort()) {
    const t = kinds.get(k)!;
    const type = t.size === 1 && t.has('number') ? 'double' : t.size === 1 && t.has('boolean') ? 'boolean' : 'string';
    out.set(k, { id: safeTitle(k), title: safeTitle(k), type });
  }
  return out;
}

function attvalues(a: Record<string, unknown>, cols: Map<string, Column>): string {
  const values = [...cols].flatMap(([k, c]) => {
    const s = scalar(a[k]);
    if (s === null || (typeof s === 'number' && !Number.isFinite(s))) return [];
    return [`<attvalue for="${c.id}" value="${esc(String(s))}"/>`];
  });
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const declare = (cls: 'node' | 'edge', cols: Map<string, Column>) =>
  `    <attributes class="${cls}">\n${[...cols.values()].map((c) => `      <attribute id="${c.id}" title="${esc(c.title)}" type="${c.type}"/>`).join('\n')}\n    </attributes>\n`;

/**
 * GEXF 1.3 of a graph with the drawing's look: positions, sizes and colours (r, g, b channels) as viz elements,
 * every other property as a declared attribute with a title readers do not reserve.
 */
export function writeGexf(graph: GraphJson, meta: { description: string; date: Date }): string {
  const nodeCols = columns(graph.nodes.map((n) => n.attributes));
  const edgeCols = columns(graph.edges.map((e) => e.attributes));
  const nodes = graph.nodes.map((n) => {
    const a = n.attributes;
    const c = rgb(a.color);
    return `      <node id="${esc(n.key)}" label="${esc(asText(a.label) ?? n.key)}">${attvalues(a, nodeCols)}<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/><viz:position x="${num(a.x, 0)}" y="${num(a.y, 0)}" z="0"/><viz:size value="${num(a.size, 1)}"/></node>`;
  });
  const edges = graph.edges.map((e) => {
    const a = e.attributes;
    const c = rgb(a.color);
    const label = asText(a.relType ?? a.type) ?? '';
    return `      <edge id="${esc(e.key)}" source="${esc(e.source)}" target="${esc(e.target)}" weight="${num(a.weight ?? a.count, 1)}"${label ? ` label="${esc(label)}"` : ''}>${attvalues(a, edgeCols)}<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/><viz:thickness value="${num(a.size, 1)}"/></edge>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${meta.date.toISOString().slice(0, 10)}"><creator>StateGraph</creator><description>${esc(meta.description)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    declare('node', nodeCols) + declare('edge', edgeCols) + `    <nodes count="${nodes.length}">`,
    ...nodes,
    `    </nodes>\n    <edges count="${edges.length}">`,
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
