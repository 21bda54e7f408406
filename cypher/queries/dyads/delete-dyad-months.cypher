// Drops every per-month summary and DYAD in batches, the first step of a full rebuild of the state network.
// params: -
// columns: -
// mode: write
MATCH (m:DyadMonth)
CALL (m) { DELETE m } IN TRANSACTIONS OF 10000 ROWS
