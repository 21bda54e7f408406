// Deletes every node and relationship in batches, keeping the record of applied migrations. Used by tests and benchmarks.
// params: -
// columns: -
// mode: write
MATCH (n) WHERE NOT n:__Migration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
