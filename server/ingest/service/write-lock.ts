/**
 * Ingest writes of this process run one at a time (the service's jobs and POST /api/ingest alike), so two
 * network rebuilds never interleave and a document's facts are never written twice at once.
 */
let tail: Promise<unknown> = Promise.resolve();

export function withWriteLock<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work, work);
  tail = run.catch(() => undefined);
  return run;
}
