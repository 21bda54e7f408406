// Creates the messages a document or record file reports: sender, recipient, reporting bodies and the sentences that say so.
// Rows: {id, hash, sender, recipient, reportedBy[] (uids), props, evidence[] of {key, sentence, start, end} or {key, line}}.
// Used for articles and for user record files alike.
// params: source, rows
// columns: created, updated
// mode: write
MATCH (s:Source {key: $source})
UNWIND $rows AS row
MATCH (a:Entity {uid: row.sender})
MATCH (b:Entity {uid: row.recipient})
MERGE (m:Message {id: row.id})
WITH s, a, b, m, row, m.rowHash IS NULL AS created, m.rowHash IS NOT NULL AND m.rowHash <> row.hash AS changed
SET m += row.props, m.rowHash = row.hash
MERGE (a)-[:SENT]->(m)
MERGE (m)-[:ADDRESSED_TO]->(b)
WITH s, m, row, created, changed
CALL (m, row) { UNWIND row.reportedBy AS rb MATCH (o:Entity {uid: rb}) MERGE (o)-[:REPORTED]->(m) }
CALL (s, m, row) { UNWIND row.evidence AS ev MERGE (m)-[f:FROM {key: ev.key}]->(s) SET f += ev }
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
