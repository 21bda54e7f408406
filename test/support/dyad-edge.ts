import type { GraphJson } from '../../client/src/graph/types.ts';

/** A DYAD edge of a test's graph between two nodes, with `count` events, keyed as the state network keys them. */
export const dyadEdge = (source: string, target: string, count: number): GraphJson['edges'][number] => ({
  key: `DYAD:${source.replace(/^State:/, '')}-${target.replace(/^State:/, '')}`,
  source,
  target,
  attributes: { type: 'DYAD', count },
});
