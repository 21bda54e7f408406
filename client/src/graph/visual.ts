import { sizeFromImportance } from './metrics.ts';
import {
  communityColours,
  fallbackColour,
  kindColours,
  quadColours,
  regionColours,
  relationColours,
} from './palette.ts';
import type { ColourMode, DrawnEdgeAttributes, DrawnNodeAttributes, GraphJson, Point, Quad } from './types.ts';
import { degrees, dominantQuad, edgeThickness, parallelCurvatures } from './utils.ts';
import { asText } from '../api/json.ts';

export interface VisualOptions {
  positions: ReadonlyMap<string, Point>;
  colour: ColourMode;
  communities: ReadonlyMap<string, number>;
  /** Importance of each node under the size mode, from the whole filtered graph. */
  importance: ReadonlyMap<string, number>;
  /** Each node's dominant quad class over its relations, for colouring by quad class. */
  nodeQuads?: ReadonlyMap<string, Quad>;
  pinned: ReadonlySet<string>;
  /** Nodes whose label is always drawn: the most important ones, or all of a small Cypher result. */
  labelled?: ReadonlySet<string>;
  /** Node sizes are in screen pixels; a phone gets smaller ones. */
  sizeScale?: number;
  /** Edge labels (type and properties), drawn for Cypher results. */
  edgeLabels?: boolean;
}

export interface VisualGraph {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: DrawnNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: DrawnEdgeAttributes }[];
}

const directed = new Set([
  'MESSAGE',
  'SANCTION',
  'SENT',
  'ADDRESSED_TO',
  'IMPOSED',
  'TARGETS',
  'APPROVED',
  'LEADS',
  'REPORTED',
]);
const technical = new Set(['type', 'uid', 'elementId', 'key', 'id']);

function nodeColour(key: string, kind: string, a: Record<string, unknown>, opts: VisualOptions): string {
  if (opts.colour === 'community') {
    const c = opts.communities.get(key);
    return c === undefined || c >= communityColours.length ? fallbackColour : communityColours[c]!;
  }
  if (opts.colour === 'region') return regionColours[asText(a.region) ?? ''] ?? fallbackColour;
  if (opts.colour === 'quad') {
    const q = opts.nodeQuads?.get(key);
    return q ? quadColours[q] : fallbackColour;
  }
  return kindColours[kind] ?? fallbackColour;
}

function edgeColour(type: string, quad: Quad | null): string {
  if (type === 'DYAD') return quad ? quadColours[quad] : fallbackColour;
  return relationColours[type] ?? '#b8bec6';
}

/** "LEADS role: head of state, start: 2011-12-17": a relationship's type and properties as one short line. */
function edgeLabel(type: string, a: Record<string, unknown>): string {
  const props = Object.entries(a)
    .filter(([k, v]) => !technical.has(k) && v !== null && v !== undefined && v !== '' && typeof v !== 'object')
    .slice(0, 4)
    .map(([k, v]) => `${k}: ${String(v)}`);
  return props.length ? `${type} ${props.join(', ')}` : type;
}

/** Each node's dominant quad class over its DYAD summaries, both directions. */
export function nodeQuads(graph: GraphJson): Map<string, Quad> {
  const sums = new Map<string, Record<string, number>>();
  for (const e of graph.edges) {
    if (e.attributes.type !== 'DYAD') continue;
    for (const k of [e.source, e.target]) {
      const s = sums.get(k) ?? {};
      for (const q of [1, 2, 3, 4]) s[`quad${q}`] = (s[`quad${q}`] ?? 0) + (Number(e.attributes[`quad${q}`]) || 0);
      sums.set(k, s);
    }
  }
  const out = new Map<string, Quad>();
  for (const [k, s] of sums) {
    const q = dominantQuad(s);
    if (q) out.set(k, q);
  }
  return out;
}

/** The visual attributes sigma reads (position, size, colour, program), computed from the graph given alone. */
export function visualGraph(graph: GraphJson, opts: VisualOptions): VisualGraph {
  const degree = degrees(graph);
  let maxImportance = 0;
  for (const n of graph.nodes) maxImportance = Math.max(maxImportance, opts.importance.get(n.key) ?? 0);
  let maxCount = 1;
  for (const e of graph.edges)
    if (typeof e.attributes.count === 'number') maxCount = Math.max(maxCount, e.attributes.count);
  const curvature = parallelCurvatures(graph.edges);
  const nodes = graph.nodes.map((n) => {
    const kind = asText(n.attributes.kind) ?? 'Node';
    const p = opts.positions.get(n.key) ?? { x: 0, y: 0 };
    const attributes: DrawnNodeAttributes = {
      ...n.attributes,
      x: p.x,
      y: p.y,
      size: sizeFromImportance(opts.importance.get(n.key) ?? 0, maxImportance) * (opts.sizeScale ?? 1),
      color: nodeColour(n.key, kind, n.attributes, opts),
      label: asText(n.attributes.label ?? n.attributes.name ?? n.attributes.title ?? n.attributes.code) ?? n.key,
      kind,
      degree: degree.get(n.key) ?? 0,
      fixed: opts.pinned.has(n.key),
      forceLabel: opts.labelled?.has(n.key) ?? false,
    };
    return { key: n.key, attributes };
  });
  const edges = graph.edges.map((e) => {
    const type = asText(e.attributes.type) ?? 'RELATED';
    const c = curvature.get(e.key) ?? 0;
    const arrow = directed.has(type);
    const count = typeof e.attributes.count === 'number' ? e.attributes.count : 1;
    const quad = type === 'DYAD' ? dominantQuad(e.attributes) : null;
    const size =
      type === 'DYAD' ? edgeThickness(count, maxCount) : type === 'SANCTION' ? 1.8 : type === 'MESSAGE' ? 2.2 : 0.8;
    const attributes: DrawnEdgeAttributes = {
      ...e.attributes,
      relType: type,
      weight: count,
      quad,
      size,
      color: edgeColour(type, quad),
      type: c !== 0 ? (arrow ? 'curvedArrow' : 'curved') : arrow ? 'arrow' : 'line',
      curvature: c,
      // Rare kinds on top of the thick mass of summaries.
      zIndex: type === 'MESSAGE' ? 3 : type === 'SANCTION' ? 2 : type === 'DYAD' ? 1 : 0,
      ...(opts.edgeLabels ? { label: edgeLabel(type, e.attributes) } : {}),
    };
    return { key: e.key, source: e.source, target: e.target, attributes };
  });
  return { attributes: graph.attributes, nodes, edges };
}
