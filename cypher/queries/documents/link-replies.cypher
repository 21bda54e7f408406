// Links replies to the messages they answer, once all of a document's messages exist.
// Rows: {id, repliesTo[]}.
// params: rows
// columns: links
// mode: write
UNWIND $rows AS row
MATCH (m:Message {id: row.id})
UNWIND row.repliesTo AS answered
MATCH (p:Message {id: answered})
MERGE (m)-[r:REPLIES_TO]->(p)
RETURN count(r) AS links
