// Takes the oldest queued job and marks it running; the state is checked again under the write lock, so two
// workers never run one job.
// params: now
// columns: job
// mode: write
MATCH (j:IngestJob {state: 'queued'})
WITH j ORDER BY j.createdAt, j.id LIMIT 1
SET j.claim = coalesce(j.claim, 0) + 1
WITH j WHERE j.state = 'queued'
SET j.state = 'running', j.attempts = j.attempts + 1, j.startedAt = $now
RETURN j {.*, lastError: j.lastError} AS job
