// Creates or updates configured sources (feeds, the inbox, the upload endpoint); a new one is due at once.
// Rows: {id, kind, url, intervalSeconds, publisher, origin}.
// params: rows, now
// columns: sources
// mode: write
UNWIND $rows AS row
MERGE (s:IngestSource {id: row.id})
ON CREATE SET s.state = 'idle', s.nextPollAt = $now, s.failures = 0, s.polls = 0, s.items = 0, s.newItems = 0,
              s.jobs = 0, s.createdAt = $now
SET s.kind = row.kind, s.url = row.url, s.intervalSeconds = row.intervalSeconds, s.publisher = row.publisher,
    s.origin = row.origin
RETURN count(s) AS sources
