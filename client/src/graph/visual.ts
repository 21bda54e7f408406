import { communityColours, fallbackColour, kindColours, quadColours, relationColours } from './palette.ts';
import type { ColourMode, DrawnEdgeAttributes, DrawnNodeAttributes, GraphJson, Point } from './types.ts';
import { degrees, dominantQuad, edgeThickness, nodeSize, parallelCurvatures } from './utils.ts';

export interface VisualOptions {
  positions: ReadonlyMap<string, Point>;
  colour: ColourMode;
  communities: ReadonlyMap<string, number>;
  pinned: ReadonlySet<string>;
  /** Node sizes are in screen pixels; a phone gets smaller ones. */
  sizeScale?: number;
}

export interface VisualGraph {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: DrawnNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: DrawnEdgeAttributes }[];
}

const directed = new Set(['MESSAGE', 'SANCTION', 'SENT', 'ADDRESSED_TO', 'IMPOSED', 'TARGETS', 'APPROVED', 'LEADS', 'REPORTED']);

function nodeColour(key: string, kind: string, opts: VisualOptions): string {
  if (opts.colour === 'community') {
    const c = opts.communities.get(key);
    return c === undefined ? fallbackColour : (communityColours[c % communityColours.length] ?? fallbackColour);
  }
  return kindColours[kind] ?? fallbackColour;
}

function edgeColour(type: string, attributes: Record<string, unknown>): string {
  if (type === 'DYAD') {
    const q = dominantQuad(attributes);
    return q ? quadColours[q] : fallbackColour;
  }
  return relationColours[type] ?? '#b8bec6';
}

/** The visual attributes sigma reads (position, size, colour, program), computed from the filtered graph alone. */
export function visualGraph(graph: GraphJson, opts: VisualOptions): VisualGraph {
  const degree = degrees(graph);
  const maxDegree = Math.max(0, ...degree.values());
  const maxCount = Math.max(1, ...graph.edges.map((e) => (typeof e.attributes.count === 'number' ? e.attributes.count : 1)));
  const curvature = parallelCurvatures(graph.edges);
  const nodes = graph.nodes.map((n) => {
    const kind = String(n.attributes.kind ?? 'Node');
    const d = degree.get(n.key) ?? 0;
    const p = opts.positions.get(n.key) ?? { x: 0, y: 0 };
    const attributes: DrawnNodeAttributes = {
      ...n.attributes,
      x: p.x,
      y: p.y,
      size: nodeSize(d, maxDegree) * (opts.sizeScale ?? 1),
      color: nodeColour(n.key, kind, opts),
      label: String(n.attributes.label ?? n.attributes.name ?? n.key),
      kind,
      degree: d,
      fixed: opts.pinned.has(n.key),
    };
    return { key: n.key, attributes };
  });
  const edges = graph.edges.map((e) => {
    const type = String(e.attributes.type ?? 'RELATED');
    const c = curvature.get(e.key) ?? 0;
    const arrow = directed.has(type);
    const count = typeof e.attributes.count === 'number' ? e.attributes.count : 1;
    const size = type === 'DYAD' ? edgeThickness(count, maxCount) : type === 'SANCTION' ? 1.8 : type === 'MESSAGE' ? 2.2 : 0.8;
    const attributes: DrawnEdgeAttributes = {
      ...e.attributes,
      relType: type,
      weight: count,
      quad: type === 'DYAD' ? dominantQuad(e.attributes) : null,
      size,
      color: edgeColour(type, e.attributes),
      type: c !== 0 ? (arrow ? 'curvedArrow' : 'curved') : arrow ? 'arrow' : 'line',
      curvature: c,
      // Rare kinds on top of the thick mass of summaries.
      zIndex: type === 'MESSAGE' ? 3 : type === 'SANCTION' ? 2 : type === 'DYAD' ? 1 : 0,
    };
    return { key: e.key, source: e.source, target: e.target, attributes };
  });
  return { attributes: graph.attributes, nodes, edges };
}
