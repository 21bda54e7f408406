// Every configured source with its polling state, counts and last error, feeds first by id.
// params: -
// columns: source
// mode: read
MATCH (s:IngestSource)
RETURN s {.*, lastError: s.lastError, lastPolledAt: s.lastPolledAt, lastSuccessAt: s.lastSuccessAt} AS source
ORDER BY s.kind, s.id
