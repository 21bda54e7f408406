// Creates CAMEO-coded events with their actor, target and source; an event already stored is left alone.
// createdIds lists the events this call created, so the network can add exactly those.
// Rows: {id, hash, actor, target (uids), source, line, props}.
// params: rows
// columns: created, updated, createdIds
// mode: write
UNWIND $rows AS row
MATCH (a:Entity {uid: row.actor})
MATCH (b:Entity {uid: row.target})
MATCH (s:Source {key: row.source})
MERGE (e:Event {id: row.id})
WITH e, a, b, s, row, e.rowHash IS NULL AS created
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
  SET e += row.props, e.rowHash = row.hash
  CREATE (a)-[:INITIATED]->(e)
  CREATE (e)-[:DIRECTED_AT]->(b))
MERGE (e)-[f:FROM]->(s)
SET f += row.evidence
RETURN count(CASE WHEN created THEN 1 END) AS created, 0 AS updated, collect(CASE WHEN created THEN e.id END) AS createdIds
