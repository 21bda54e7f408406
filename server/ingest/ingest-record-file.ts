import type { CameoCode } from '../model/types.ts';
import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';
import type { ProgressReporter } from './progress.ts';
import { parseUserRecords, type UserRecords } from './user-records/parse-user-records.ts';
import { UserRecordError, type RecordIssue } from './user-records/user-record-error.ts';
import { writeWorld, type Summary } from './write-world.ts';

const describeUid = (uid: string) => {
  const [label, ...key] = uid.split(':');
  return `${label} "${key.join(':')}"`;
};

/** Uids the file itself defines, so a file may bring a leader and the events about them together. */
function definedUids(r: UserRecords): Set<string> {
  return new Set([
    ...r.states.map((s) => `State:${s.code}`),
    ...r.leaders.map((l) => `Leader:${l.key}`),
    ...r.organizations.map((o) => `Organization:${o.key}`),
    ...r.sanctions.map((s) => `Sanction:${s.key}`),
  ]);
}

/**
 * Loads one record file, all or nothing: a malformed record, or a reference to a node neither in the graph
 * nor in the file, is reported as file:line: field and nothing is written.
 */
export async function ingestRecordFile(
  db: Database,
  file: string,
  text: string,
  cameo: readonly CameoCode[],
  progress: ProgressReporter,
): Promise<Summary> {
  const records = parseUserRecords(text, file, cameo);
  await checkReferences(db, file, records);
  return writeWorld(db, records, progress);
}

/** Throws UserRecordError naming each reference to a node neither in the graph nor defined by the file. */
export async function checkReferences(db: Database, file: string, records: UserRecords): Promise<void> {
  const wanted = [...new Set(records.refs.map((r) => r.uid))];
  const present = new Set(
    (await runNamed<{ uid: string }>(db, 'ingest/find-existing-uids', { uids: wanted })).map((r) => r.uid),
  );
  for (const uid of definedUids(records)) present.add(uid);
  const issues: RecordIssue[] = records.refs
    .filter((r) => !present.has(r.uid))
    .map((r) => ({
      file,
      line: r.line,
      field: r.field,
      message: `no ${describeUid(r.uid)} in the graph or in this file`,
    }));
  if (issues.length > 0) throw new UserRecordError(issues);
}
