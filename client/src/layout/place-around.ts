import type { Point } from '../graph/types.ts';

/**
 * Positions on rings around a centre for nodes an expansion brought, in their order (strongest tie first),
 * 12 to the first ring and more on each further one, so they read as the centre's neighbourhood.
 */
export function placeAround(centre: Point, keys: string[], radius: number): Map<string, Point> {
  const out = new Map<string, Point>();
  let ring = 0;
  let index = 0;
  for (const key of keys) {
    const slots = 12 * (ring + 1);
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / slots + ring * 0.3;
    const r = radius * (1 + ring * 0.6);
    out.set(key, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
    if (++index >= slots) {
      ring++;
      index = 0;
    }
  }
  return out;
}

/** A radius that reads as "near" at the scale of the positions already placed: a twentieth of their extent. */
export function nearRadius(points: Iterable<Point>): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  return Number.isFinite(extent) && extent > 0 ? extent / 20 : 1;
}
