// Ingest jobs, newest first, without their payloads; `state` (queued, running, done, failed) narrows the list.
// params: state, limit
// columns: job
// mode: read
MATCH (j:IngestJob)
WHERE $state IS NULL OR j.state = $state
WITH j ORDER BY j.createdAt DESC, j.id DESC LIMIT toInteger($limit)
RETURN j {.id, .kind, .label, .sourceId, .state, .total, .done, .created, .updated, .rejected, .lastError, .attempts,
          .createdAt, .startedAt, .finishedAt} AS job
