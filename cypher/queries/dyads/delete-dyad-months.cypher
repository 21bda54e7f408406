// Drops up to 10,000 per-month summaries; a full rebuild repeats it until none is left, each in its own transaction.
// params: -
// columns: deleted
// mode: write
MATCH (m:DyadMonth)
WITH m LIMIT 10000
DELETE m
RETURN count(*) AS deleted
