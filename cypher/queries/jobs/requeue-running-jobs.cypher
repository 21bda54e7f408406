// At start-up, jobs a stopped process left running are queued again, to resume from their recorded progress.
// params: -
// columns: requeued
// mode: write
MATCH (j:IngestJob {state: 'running'})
SET j.state = 'queued'
RETURN count(j) AS requeued
