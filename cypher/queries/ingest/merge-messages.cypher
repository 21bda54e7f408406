// Creates the messages a document or record file reports: sender, recipient, reporting bodies and the sentences that say so.
// Rows: {id, sender, recipient, reportedBy[] (uids), props, evidence[] of {key, sentence, start, end} or {key, line}}.
// Used for articles and for user record files alike.
// params: source, rows
// columns: created
// mode: write
MATCH (s:Source {key: $source})
UNWIND $rows AS row
MATCH (a:Entity {uid: row.sender})
MATCH (b:Entity {uid: row.recipient})
MERGE (m:Message {id: row.id})
SET m += row.props
MERGE (a)-[:SENT]->(m)
MERGE (m)-[:ADDRESSED_TO]->(b)
WITH s, m, row
CALL (m, row) { UNWIND row.reportedBy AS rb MATCH (o:Entity {uid: rb}) MERGE (o)-[:REPORTED]->(m) }
CALL (s, m, row) { UNWIND row.evidence AS ev MERGE (m)-[f:FROM {key: ev.key}]->(s) SET f += ev }
RETURN count(m) AS created
