// Records named happenings a document mentions (the Beijing Winter Olympics), their host and the sentence.
// Rows: {key, name, date, host (uid), evidence {sentence, start, end}}.
// params: source, rows
// columns: occasions
// mode: write
MATCH (s:Source {key: $source})
UNWIND $rows AS row
MERGE (o:Occasion {key: row.key})
ON CREATE SET o.name = row.name, o.date = row.date, o.source = $source
WITH s, o, row
CALL (o, row) { MATCH (h:Entity {uid: row.host}) MERGE (h)-[r:HOSTED]->(o) ON CREATE SET r.source = $source }
MERGE (o)-[f:FROM {start: row.evidence.start}]->(s)
SET f.end = row.evidence.end, f.sentence = row.evidence.sentence
RETURN count(o) AS occasions
