import type { Database } from '../neo4j/database.ts';
import { jobStore, type JobRecord, type JobState } from '../ingest/service/job-store.ts';

/** The ingest jobs, newest first, with state, counts, progress and last error. */
export async function listIngestJobs(
  db: Database,
  q: { state?: JobState; limit?: number },
): Promise<{ items: (JobRecord & { progress: number | null })[] }> {
  const jobs = await jobStore.list(db, q);
  return {
    items: jobs.map((j) => ({
      ...j,
      progress: j.total > 0 ? Math.min(1, j.done / j.total) : j.state === 'done' ? 1 : null,
    })),
  };
}
