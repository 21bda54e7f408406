import { hashUnit } from '../graph/utils.ts';
import type { GraphJson, Point } from '../graph/types.ts';

/** Longitude and latitude as plane coordinates (equirectangular): enough to recognise the map. */
export function projectLonLat(lon: number, lat: number): Point {
  return { x: lon, y: lat };
}

const coords = (a: Record<string, unknown>): Point | null =>
  typeof a.lon === 'number' && typeof a.lat === 'number' ? projectLonLat(a.lon, a.lat) : null;

/**
 * Positions from the states' coordinates; nodes without any (organizations, leaders, sanctions)
 * sit near the mean of their placed neighbours, jittered so they do not stack, or on a ring outside the map.
 */
export function geoPositions(graph: GraphJson): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const n of graph.nodes) {
    const p = coords(n.attributes);
    if (p) out.set(n.key, p);
  }
  const sums = new Map<string, { x: number; y: number; n: number }>();
  const add = (key: string, p: Point | undefined) => {
    if (!p || out.has(key)) return;
    const s = sums.get(key);
    if (!s) sums.set(key, { x: p.x, y: p.y, n: 1 });
    else {
      s.x += p.x;
      s.y += p.y;
      s.n++;
    }
  };
  for (const e of graph.edges) {
    add(e.source, out.get(e.target));
    add(e.target, out.get(e.source));
  }
  for (const n of graph.nodes) {
    if (out.has(n.key)) continue;
    const s = sums.get(n.key);
    const angle = 2 * Math.PI * hashUnit(n.key);
    if (s) out.set(n.key, { x: s.x / s.n + 6 * Math.cos(angle), y: s.y / s.n + 6 * Math.sin(angle) });
    else out.set(n.key, { x: 200 * Math.cos(angle), y: 110 * Math.sin(angle) });
  }
  return out;
}

/** Starting positions for ForceAtlas2: those already known, else the geographic ones, so the layout starts from a sensible map. */
export function seedPositions(graph: GraphJson, known: ReadonlyMap<string, Point>): Map<string, Point> {
  const geo = geoPositions(graph);
  return new Map(graph.nodes.map((n) => [n.key, known.get(n.key) ?? geo.get(n.key)!]));
}
