// Records how far a running job is: items done and what they wrote; a resumed job starts after `done`.
// params: id, done, total, created, updated, rejected, lastError
// columns: id
// mode: write
MATCH (j:IngestJob {id: $id})
SET j.done = $done, j.total = $total, j.created = $created, j.updated = $updated, j.rejected = $rejected,
    j.lastError = $lastError
RETURN j.id AS id
