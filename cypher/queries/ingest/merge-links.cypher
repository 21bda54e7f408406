// Creates or updates relationships of one type between entities, from rows {from, to, key, props} (uids "<Label>:<key>").
// The relationship type comes from a closed list in the writer, never from user input.
// params: rows, type
// columns: created, updated
// mode: write
UNWIND $rows AS row
MATCH (a:Entity {uid: row.from})
MATCH (b:Entity {uid: row.to})
MERGE (a)-[r:$($type) {key: row.key}]->(b)
WITH r, row, r.rowHash IS NULL AS created, r.rowHash IS NOT NULL AND r.rowHash <> row.hash AS changed
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END | SET r += row.props, r.rowHash = row.hash)
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
