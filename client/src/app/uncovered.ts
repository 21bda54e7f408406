import { byId } from './dom.ts';

/** The part of the graph canvas the side panel does not cover: a bottom sheet on phones, a column on the right otherwise. */
export function uncovered(): { width: number; height: number } {
  const g = byId('graph').getBoundingClientRect();
  const p = byId('panel').getBoundingClientRect();
  if (byId('panel').hidden || p.width === 0) return { width: g.width, height: g.height };
  return p.left <= g.left + 1
    ? { width: g.width, height: p.top - g.top }
    : { width: p.left - g.left, height: g.height };
}
