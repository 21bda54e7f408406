// Deletes every Event and the state network built from them, in batches. Used by the ingest benchmark.
// params: -
// columns: -
// mode: write
MATCH (e:Event)
CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 10000 ROWS
