import { emphasisFor, type Emphasis } from '../graph/reducers.ts';
import type { DrawnGraph } from '../graph/renderer.ts';
import type { AppState } from './types.ts';

/** What the drawn graph singles out for the page's hover, selection (a node or a pair of states) and path. */
export function emphasisOfState(g: DrawnGraph, s: Pick<AppState, 'hovered' | 'selection' | 'path'>): Emphasis {
  const sel = s.selection;
  const a = sel?.kind === 'dyad' ? `State:${sel.a}` : null;
  const b = sel?.kind === 'dyad' ? `State:${sel.b}` : null;
  const selectedEdges = a && b && g.hasNode(a) && g.hasNode(b) ? [...g.edges(a, b), ...g.edges(b, a)] : [];
  return emphasisFor(g, {
    hovered: s.hovered,
    selected: sel?.kind === 'node' ? sel.key : null,
    selectedEdges,
    selectedEnds: a && b ? [a, b] : [],
    path: s.path,
  });
}
