// Marks the sources a streaming load is about to write events from: their events reach the state network only when
// the load ends (ingest/clear-network-pending, in the transaction that adds them). `pending` tells whether an earlier
// load of a source stopped before that, so its events are in the graph but not in the network: this load then
// recounts the months it touches instead of adding to them.
// params: sources
// columns: source, pending
// mode: write
UNWIND $sources AS key
MATCH (s:Source {key: key})
WITH s, s.networkPending IS NOT NULL AS pending
SET s.networkPending = true
RETURN s.key AS source, pending
