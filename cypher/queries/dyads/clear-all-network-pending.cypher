// After a full rebuild every event is in the state network: no source is left waiting for it
// (see ingest/mark-network-pending).
// params: -
// columns: cleared
// mode: write
MATCH (s:Source)
WHERE s.networkPending IS NOT NULL
REMOVE s.networkPending
RETURN count(s) AS cleared
