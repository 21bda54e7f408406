// Records a new ingest job with what it needs to run (its payload, as JSON), so a restart can resume it.
// params: id, kind, label, sourceId, payload, total, state, now
// columns: id
// mode: write
CREATE (j:IngestJob {
  id: $id, kind: $kind, label: $label, sourceId: $sourceId, payload: $payload, total: $total, state: $state,
  done: 0, created: 0, updated: 0, rejected: 0, attempts: CASE WHEN $state = 'running' THEN 1 ELSE 0 END,
  createdAt: $now, startedAt: CASE WHEN $state = 'running' THEN $now END
})
RETURN j.id AS id
