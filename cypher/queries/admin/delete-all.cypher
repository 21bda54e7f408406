// Deletes every node and relationship in batches, keeping the record of applied migrations. Used by tests and benchmarks.
// Nodes with few relationships go first, so a state's tens of thousands of event links are mostly gone before the
// state itself is deleted and no batch outgrows a 600 MB transaction limit.
// params: -
// columns: -
// mode: write
MATCH (n) WHERE NOT n:__Migration
WITH n ORDER BY COUNT { (n)--() } ASC
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
