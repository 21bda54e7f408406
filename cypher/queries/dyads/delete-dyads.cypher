// Drops every DYAD in batches, for a full rebuild of the state network.
// params: -
// columns: -
// mode: write
MATCH ()-[d:DYAD]->()
CALL (d) { DELETE d } IN TRANSACTIONS OF 10000 ROWS
