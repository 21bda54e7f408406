import type { Transaction } from '../../neo4j/database.ts';
import { runNamedIn } from '../../neo4j/run-named.ts';
import type { EventRow } from '../rows/event-row.ts';
import type { DyadTouches } from './dyad-touches.ts';
import { networkDeltas } from './network-deltas.ts';

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

/**
 * The event writer's call: the events a batch created are summed here (network-deltas.ts) and added to their
 * pair-months and their pairs' DYADs. A recount would read every event already in those months, so a load dense in
 * a few pairs would cost more with each batch; adding costs what the batch holds. Events left alone add nothing.
 */
export async function addCreatedEventsToDyads(
  tx: Transaction,
  rows: readonly EventRow[],
  createdIds: readonly string[],
): Promise<void> {
  if (createdIds.length === 0) return;
  const created = new Set(createdIds);
  const { months, pairs } = networkDeltas(rows.filter((r) => created.has(r.id)));
  for (let i = 0; i < months.length; i += chunk) {
    await runNamedIn(tx, 'dyads/add-to-dyad-months', { rows: months.slice(i, i + chunk) });
  }
  for (let i = 0; i < pairs.length; i += chunk) {
    await runNamedIn(tx, 'dyads/add-to-dyads', { pairs: pairs.slice(i, i + chunk) });
  }
}
