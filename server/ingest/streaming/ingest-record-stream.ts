import type { ActorRef, CameoCode, EventRecord } from '../../model/types.ts';
import { runNamed } from '../../neo4j/run-named.ts';
import { describeSource } from '../describe-source.ts';
import { eventRow } from '../rows/event-row.ts';
import { nodeRow } from '../rows/node-row.ts';
import { actorUid } from '../rows/uid.ts';
import type { Database } from '../../neo4j/database.ts';
import { finishWrite } from '../finish-write.ts';
import { checkReferences } from '../ingest-record-file.ts';
import { mergeSummaries } from '../ingest-paths.ts';
import { silentProgress, type ProgressReporter } from '../progress.ts';
import { makeStateOf } from '../rows/state-of.ts';
import { createRecordParser, mergeLeaderRows } from '../user-records/parse-user-records.ts';
import { UserRecordError, type RecordIssue } from '../user-records/user-record-error.ts';
import { knownUids, writeWorld, type Summary } from '../write-world.ts';
import { networkCatchUp } from './network-catch-up.ts';
import { writeEventBatch } from './write-event-batch.ts';
import { readRawRecords, type RawRecord } from './read-raw-records.ts';
import { WriteQueue } from './write-queue.ts';

export type RecordReader = (path: string, name: string, issues: RecordIssue[]) => AsyncGenerator<RawRecord>;

/** At most this many problems are listed; a file with more is still refused whole. */
const MAX_ISSUES = 1000;

/**
 * Loads a record file in two streaming passes, so memory stays flat however large the file: the first validates
 * every record (and every reference against the graph) keeping only the small kinds (states, leaders, bodies,
 * sanctions) and the distinct references; the second writes them, then events and messages in batches.
 * A bad record anywhere stops the load before anything is written. A load cut short by a crash has written
 * whole batches that merge on their keys, so running it again completes it without duplicates.
 */
export async function ingestRecordStream(
  db: Database,
  path: string,
  name: string,
  cameo: readonly CameoCode[],
  progress: ProgressReporter = silentProgress,
  batchSize = 5000,
  read: RecordReader = readRawRecords,
): Promise<Summary> {
  const readIssues: RecordIssue[] = [];
  const check = createRecordParser(name, cameo, { keepFacts: false });
  let facts = 0;
  for await (const r of read(path, name, readIssues)) {
    const type = (r.value as { type?: unknown } | null)?.type;
    if (type === 'event' || type === 'message') facts++;
    check.add(r.line, r.value);
    if (readIssues.length + check.issues.length >= MAX_ISSUES) break;
  }
  const issues = [...readIssues, ...check.issues].sort((a, b) => a.line - b.line);
  if (issues.length > 0) throw new UserRecordError(issues.slice(0, MAX_ISSUES));
  const small = check.out;
  small.leaders = mergeLeaderRows(small.leaders);
  await checkReferences(db, name, small);

  const summary = await writeWorld(db, { ...small, events: [], messages: [] }, progress, { finish: false });
  const stateOf = makeStateOf(small.leads, small.organizations);
  const known = await knownUids(db);
  const write = createRecordParser(name, cameo, { keepRefs: false });
  const events = { rows: 0, created: 0, updated: 0, rejected: 0 };
  const network = networkCatchUp(db);
  const sources = new Set<string>();
  progress.start('events+messages', facts);
  // Two lanes, each one transaction at a time, so the database writes on two cores while the loader parses on.
  // Batches touch no shared summary (the network is added at the end), so they take turns lane by lane.
  const lanes = [new WriteQueue(), new WriteQueue()];
  let turn = 0;
  const count = (label: string, c: { created?: number; updated?: number; rows?: number }) =>
    mergeSummaries(summary, {
      [label]: { rows: c.rows ?? 0, created: c.created ?? 0, updated: c.updated ?? 0, rejected: 0 },
    });
  /** Sources and actors a batch needs, written before its events (rarely more than the first batch's). */
  const prepare = async (batch: readonly EventRecord[]) => {
    const actors = new Map<string, ActorRef>();
    for (const e of batch)
      for (const a of [e.actor, e.target]) if (a.kind === 'Actor' && !known.has(actorUid(a))) actors.set(a.key, a);
    if (actors.size > 0) {
      const rows = [...actors.values()].map((a) => nodeRow(a.key, { name: a.name }, [a.name]));
      const [c] = await runNamed<{ created: number; updated: number }>(db, 'ingest/merge-actors', { rows });
      count('actors', { rows: rows.length, ...c });
      for (const a of actors.values()) known.add(actorUid(a));
    }
    for (const e of batch) {
      const key = e.provenance.source;
      if (sources.has(key)) continue;
      sources.add(key);
      const rows = [nodeRow(key, describeSource(key))];
      const [c] = await runNamed<{ created: number; updated: number }>(db, 'ingest/merge-sources', { rows });
      count('sources', { rows: 1, ...c });
      await network.begin(key);
    }
  };
  const flush = async () => {
    const batch = write.out.events;
    const messages = write.out.messages;
    if (batch.length + messages.length === 0) return;
    write.out.events = [];
    write.out.messages = [];
    write.out.refs = [];
    if (batch.length > 0) {
      await prepare(batch);
      const rows = batch.map((e) => eventRow(e, stateOf));
      const ok = rows.filter((r) => known.has(r.actor) && known.has(r.target));
      events.rows += rows.length;
      events.rejected += rows.length - ok.length;
      await lanes[turn++ % lanes.length]!.add(async () => {
        const done = await writeEventBatch(db, ok);
        events.created += done.created;
        await network.committed(ok, done.createdRows);
        progress.advance(batch.length);
      });
    }
    // Messages add nothing to the network and go through the general writer, on the first lane.
    if (messages.length > 0)
      await lanes[0]!.add(async () => {
        const part = { messages, events: [] };
        mergeSummaries(summary, await writeWorld(db, part, silentProgress, { stateOf, known, finish: false }));
        progress.advance(messages.length);
      });
  };
  const settle = async () => {
    const failed = (await Promise.allSettled(lanes.map((l) => l.drain()))).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  };
  try {
    for await (const r of read(path, name, [])) {
      const type = (r.value as { type?: unknown } | null)?.type;
      if (type !== 'event' && type !== 'message') continue;
      write.add(r.line, r.value);
      if (write.out.events.length + write.out.messages.length >= batchSize) await flush();
    }
    await flush();
  } catch (e) {
    // Whatever stopped the loop, no lane's transaction is left running behind the answer; the loop's own error is
    // the one reported (a lane's failure reaches the loop through lane.add already).
    await settle().catch(() => {});
    throw e;
  }
  await settle();
  await network.finish();
  progress.stop();
  if (events.rows > 0) mergeSummaries(summary, { events });
  await finishWrite(db, { facts });
  return summary;
}
