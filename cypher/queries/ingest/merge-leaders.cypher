// Creates or updates Leader nodes (also :Person) from rows {key, hash, props}; a row whose content hash is unchanged is left alone.
// params: rows
// columns: created, updated
// mode: write
UNWIND $rows AS row
MERGE (n:Leader {key: row.key})
WITH n, row, n.rowHash IS NULL AS created, n.rowHash IS NOT NULL AND n.rowHash <> row.hash AS changed
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET n += row.props, n:Entity:Person, n.uid = 'Leader:' + row.key, n.rowHash = row.hash)
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
