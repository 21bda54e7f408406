// Clears the mark of ingest/mark-network-pending once a load's events are in the state network, in the transaction
// that adds them.
// params: sources
// columns: cleared
// mode: write
UNWIND $sources AS key
MATCH (s:Source {key: key})
REMOVE s.networkPending
RETURN count(s) AS cleared
