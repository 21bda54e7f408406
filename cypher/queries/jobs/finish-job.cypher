// Ends a job as done or failed with its reason; the payload is dropped, as nothing will run it again.
// params: id, state, lastError, now
// columns: id
// mode: write
MATCH (j:IngestJob {id: $id})
SET j.state = $state, j.lastError = $lastError, j.finishedAt = $now
REMOVE j.payload
RETURN j.id AS id
