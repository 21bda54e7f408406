import type { Database } from '../../neo4j/database.ts';
import { runNamed, runNamedIn } from '../../neo4j/run-named.ts';
import type { Extraction } from '../../extract/types.ts';
import { updateCorroboration, type FactIds } from '../corroboration/update-corroboration.ts';
import { findStory } from '../stories/find-story.ts';
import { documentRows } from './document-rows.ts';
import { dyadTouches, factsOfEventRows } from '../network/dyad-touches.ts';
import { refreshDyads } from '../network/refresh-dyads.ts';

export type DocumentOutcome = 'created' | 'replaced' | 'unchanged';

const samePublisher = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/**
 * Stores one extraction in a single transaction: a document seen before with the same content adds nothing;
 * the same id with new content first removes what that document alone contributed, then writes anew. The document
 * becomes a report of the story it nearly duplicates (or of a new one), and every fact it touches is recounted.
 */
export async function writeDocument(db: Database, x: Extraction): Promise<DocumentOutcome> {
  const r = documentRows(x);
  const [found] = await runNamed<{
    storedHash: string | null;
    sameContentKey: string | null;
    sameContentPublisher: string | null;
  }>(db, 'documents/find-document', { key: r.key, hash: r.hash });
  if (found?.storedHash === r.hash) return 'unchanged';
  // The same text under another key is a re-send, unless another outlet published it: then it is one more report.
  if (
    found?.sameContentKey &&
    found.sameContentKey !== r.key &&
    samePublisher(found.sameContentPublisher, x.document.publisher)
  )
    return 'unchanged';
  const replacing = found?.storedHash != null;
  const story = await findStory(db, r.key, x.document.text);
  await db.writeTransaction(async (tx) => {
    // The pairs the old version's events fell in are recounted too, so facts it dropped leave the network.
    const before = replacing
      ? await runNamedIn<{ a: string; b: string; date: string | null }>(tx, 'dyads/list-source-dyad-months', {
          key: r.key,
        })
      : [];
    const touched: FactIds = {
      events: r.events.map((e) => e.id),
      messages: r.messages.map((m) => m.id),
      sanctions: r.sanctions.map((s) => s.key),
    };
    if (replacing) {
      const [old] = await runNamedIn<FactIds>(tx, 'corroboration/list-source-facts', { source: r.key });
      if (old) for (const k of ['events', 'messages', 'sanctions'] as const) touched[k].push(...old[k]);
      await runNamedIn(tx, 'documents/delete-document-facts', { key: r.key });
    }
    await runNamedIn(tx, 'documents/merge-document', { key: r.key, props: r.source.props });
    await runNamedIn(tx, 'documents/merge-entities', { source: r.key, rows: r.entities });
    if (r.events.length > 0) await runNamedIn(tx, 'ingest/merge-events', { rows: r.events });
    if (r.messages.length > 0) {
      await runNamedIn(tx, 'ingest/merge-messages', { source: r.key, rows: r.messages });
      await runNamedIn(tx, 'documents/link-replies', { rows: r.messages.filter((m) => m.repliesTo.length > 0) });
    }
    if (r.sanctions.length > 0) await runNamedIn(tx, 'documents/merge-sanctions', { source: r.key, rows: r.sanctions });
    if (r.occasions.length > 0) await runNamedIn(tx, 'documents/merge-occasions', { source: r.key, rows: r.occasions });
    await refreshDyads(tx, dyadTouches([...before, ...factsOfEventRows(r.events)]));
    await runNamedIn(tx, 'stories/link-report', {
      source: r.key,
      ...story,
      title: x.document.title,
      date: x.document.date,
    });
    await updateCorroboration(tx, touched);
  });
  return replacing ? 'replaced' : 'created';
}
