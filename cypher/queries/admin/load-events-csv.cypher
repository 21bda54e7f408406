// The event load written for Neo4j's own LOAD CSV, the same MERGE as ingest/merge-events, for the ingest benchmark.
// params: url
// columns: -
// mode: write
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity {uid: row.actor})
  MATCH (b:Entity {uid: row.target})
  MATCH (s:Source {key: row.source})
  MERGE (e:Event {id: row.id})
  WITH e, a, b, s, row, e.rowHash IS NULL AS created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
    SET e.cameo = row.cameo, e.root = row.root, e.quad = toInteger(row.quad), e.goldstein = toFloat(row.goldstein),
        e.label = row.label, e.date = row.date, e.actorName = row.actorName, e.targetName = row.targetName,
        e.actorState = nullIf(row.actorState, ''), e.targetState = nullIf(row.targetState, ''), e.rowHash = row.hash
    CREATE (a)-[:INITIATED]->(e)
    CREATE (e)-[:DIRECTED_AT]->(b))
  MERGE (e)-[f:FROM]->(s)
  SET f.line = toInteger(row.line)
} IN TRANSACTIONS OF 5000 ROWS
