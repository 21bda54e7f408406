// Records sanctions a document names: the Sanction (created if new), who imposed it, on whom, the regime it amends,
// who approved it, and the sentences with the measures they state. Links new to the graph carry the document as source.
// Rows: {key, props, searchText, imposer, target, regime, approvedBy[], measures[], evidence[]}.
// params: source, rows
// columns: sanctions
// mode: write
MATCH (s:Source {key: $source})
UNWIND $rows AS row
MERGE (n:Sanction {key: row.key})
ON CREATE SET n += row.props, n:Entity, n.uid = 'Sanction:' + row.key, n.searchText = row.searchText, n.source = $source
WITH s, n, row
CALL (n, row) { MATCH (a:Entity {uid: row.imposer}) MERGE (a)-[r:IMPOSED {key: 'issuer'}]->(n) ON CREATE SET r.source = $source }
CALL (n, row) { MATCH (t:Entity {uid: row.target}) MERGE (n)-[r:TARGETS {key: 'target'}]->(t) ON CREATE SET r.source = $source }
CALL (n, row) { MATCH (g:Sanction {key: row.regime}) WHERE g <> n MERGE (n)-[r:AMENDS {key: 'regime'}]->(g) ON CREATE SET r.source = $source }
CALL (n, row) { UNWIND row.approvedBy AS ap MATCH (x:Entity {uid: ap}) MERGE (x)-[r:APPROVED {key: 'approved'}]->(n) ON CREATE SET r.source = $source }
CALL (s, n, row) {
  UNWIND row.evidence AS ev
  MERGE (n)-[f:FROM {start: ev.start}]->(s)
  SET f.end = ev.end, f.sentence = ev.sentence, f.measures = row.measures
}
RETURN count(n) AS sanctions
