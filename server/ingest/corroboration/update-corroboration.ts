import type { Transaction } from '../../neo4j/database.ts';
import { runNamedIn } from '../../neo4j/run-named.ts';
import { STATE_MEDIA } from './state-media.ts';

export interface FactIds {
  events: string[];
  messages: string[];
  sanctions: string[];
}

/** Recounts reports, publishers and party state media of the given facts, in the caller's transaction. */
export async function updateCorroboration(tx: Transaction, ids: FactIds): Promise<void> {
  const p = { stateMedia: STATE_MEDIA };
  if (ids.events.length)
    await runNamedIn(tx, 'corroboration/update-event-corroboration', { ...p, ids: [...new Set(ids.events)] });
  if (ids.messages.length)
    await runNamedIn(tx, 'corroboration/update-message-corroboration', { ...p, ids: [...new Set(ids.messages)] });
  if (ids.sanctions.length)
    await runNamedIn(tx, 'corroboration/update-sanction-corroboration', { ...p, ids: [...new Set(ids.sanctions)] });
}
