// Finds states, leaders, organizations and sanctions by name or alias through the full-text index; $query is Lucene syntax built by the API from escaped words.
// params: query, labels, limit
// columns: uid, kind, key, name, score, detail
// mode: read
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS kind
WHERE $labels IS NULL OR kind IN $labels
// Long sanction names repeat an alias such as DPRK; ranking states and people first suits autocomplete.
WITH node, kind, score * CASE kind WHEN 'State' THEN 3.0 WHEN 'Leader' THEN 2.0 WHEN 'Organization' THEN 1.5 ELSE 1.0 END AS score
RETURN node.uid AS uid, kind, coalesce(node.code, node.key) AS key, node.name AS name, score,
  CASE kind
    WHEN 'State' THEN node.official
    WHEN 'Leader' THEN head([(node)-[r:LEADS]->(s:State) | r.title + ', ' + s.name])
    WHEN 'Organization' THEN node.kind
    ELSE node.kind
  END AS detail
ORDER BY score DESC, name
LIMIT $limit
