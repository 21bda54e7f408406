import type { Transaction } from '../../neo4j/database.ts';
import { runNamedIn } from '../../neo4j/run-named.ts';
import { dyadTouches, factsOfEventRows, type DyadTouches } from './dyad-touches.ts';

const chunk = 2000;

/**
 * Brings the state network up to date for the pairs an ingest touched, inside the caller's transaction so the
 * summaries land with the facts: first each touched pair-month is recounted from its events, then each touched
 * pair's DYAD from its months. Cost follows the pairs and months touched, never the size of the graph.
 * Call it after the facts are written (and, for removals, with the pair-months of what was removed).
 */
export async function refreshDyads(tx: Transaction, touches: DyadTouches): Promise<void> {
  for (let i = 0; i < touches.months.length; i += chunk) {
    await runNamedIn(tx, 'dyads/refresh-dyad-months', { rows: touches.months.slice(i, i + chunk) });
  }
  for (let i = 0; i < touches.pairs.length; i += chunk) {
    await runNamedIn(tx, 'dyads/refresh-dyads', { pairs: touches.pairs.slice(i, i + chunk) });
  }
}

/** The usual call of an event writer: refresh what these event rows touch. */
export const refreshDyadsForEvents = (
  tx: Transaction,
  rows: readonly { props: Record<string, unknown> }[],
): Promise<void> => refreshDyads(tx, dyadTouches(factsOfEventRows(rows)));
