// Makes sure the leaders and bodies a document names exist (states always do), and records its mentions of each.
// Rows: {uid, label (Leader or Organization), key, name, state, mentions (JSON), count}.
// params: source, rows
// columns: created
// mode: write
MATCH (s:Source {key: $source})
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.label IN ['Leader', 'Organization']
  MERGE (n:Entity {uid: row.uid})
  ON CREATE SET n:$(row.label), n.key = row.key, n.name = row.name, n.searchText = row.name, n.state = row.state, n.source = $source, n.fresh = true
}
MATCH (n:Entity {uid: row.uid})
MERGE (s)-[m:MENTIONS]->(n)
SET m.mentions = row.mentions, m.count = row.count
WITH n, n.fresh IS NOT NULL AS created
REMOVE n.fresh
RETURN count(CASE WHEN created THEN 1 END) AS created
