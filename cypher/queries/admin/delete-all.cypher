// Deletes every node and relationship in batches (small enough for a 600 MB transaction limit), keeping the record of applied migrations. Used by tests and benchmarks.
// params: -
// columns: -
// mode: write
MATCH (n) WHERE NOT n:__Migration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
