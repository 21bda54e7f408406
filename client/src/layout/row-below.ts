import type { Point } from '../graph/types.ts';

/** Positions for `keys` in rows under the bounding box of `placed`, spread across its width, in order. */
export function rowBelow(keys: string[], placed: Point[]): Map<string, Point> {
  const out = new Map<string, Point>();
  if (keys.length === 0) return out;
  const xs = placed.map((p) => p.x);
  const ys = placed.map((p) => p.y);
  const minX = xs.length ? Math.min(...xs) : 0;
  const maxX = xs.length ? Math.max(...xs) : 1;
  const minY = ys.length ? Math.min(...ys) : 0;
  const width = Math.max(maxX - minX, 1);
  const perRow = Math.max(1, Math.ceil(Math.sqrt(keys.length * 8)));
  const step = width / perRow;
  keys.forEach((key, i) =>
    out.set(key, { x: minX + step * ((i % perRow) + 0.5), y: minY - step * (1 + Math.floor(i / perRow)) }),
  );
  return out;
}
