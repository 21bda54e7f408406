import type { CameoCode, EventRecord } from '../../model/types.ts';
import type { Database } from '../../neo4j/database.ts';
import { finishWrite } from '../finish-write.ts';
import { checkReferences } from '../ingest-record-file.ts';
import { mergeSummaries } from '../ingest-paths.ts';
import { silentProgress, type ProgressReporter } from '../progress.ts';
import { makeStateOf } from '../rows/state-of.ts';
import { createRecordParser, mergeLeaderRows } from '../user-records/parse-user-records.ts';
import { UserRecordError, type RecordIssue } from '../user-records/user-record-error.ts';
import { knownUids, writeWorld, type Summary } from '../write-world.ts';
import { pairLane } from './pair-lane.ts';
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
  const write = createRecordParser(name, cameo);
  progress.start('events+messages', facts);
  // Two lanes, each one transaction at a time, so the database writes on two cores while the loader parses on. A
  // pair's events always take the same lane: the two transactions in flight never add to the same pair-month or
  // DYAD, and so never wait for each other's locks on the network.
  const lanes = [new WriteQueue(), new WriteQueue()];
  const laneOf = (e: EventRecord) => pairLane(stateOf(e.actor, e.date), stateOf(e.target, e.date), lanes.length);
  const flush = async () => {
    const { events, messages } = write.out;
    if (events.length + messages.length === 0) return;
    write.out.events = [];
    write.out.messages = [];
    write.out.refs = [];
    // One pass over the batch; messages add nothing to the network and go with the first lane.
    const parts = lanes.map((_, i) => ({ events: [] as EventRecord[], messages: i === 0 ? messages : [] }));
    for (const e of events) parts[laneOf(e)]!.events.push(e);
    for (const [i, lane] of lanes.entries()) {
      const mine = parts[i]!;
      if (mine.events.length + mine.messages.length === 0) continue;
      await lane.add(async () => {
        mergeSummaries(summary, await writeWorld(db, mine, silentProgress, { stateOf, known, finish: false }));
        progress.advance(mine.events.length + mine.messages.length);
      });
    }
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
  progress.stop();
  await finishWrite(db, { facts });
  return summary;
}
