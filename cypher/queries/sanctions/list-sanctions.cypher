// Sanctions regimes and resolutions by key, filtered by target state and by imposer (a state code, an organization key or a uid).
// params: target, imposer, kind, afterKey, limit
// columns: sanction
// mode: read
MATCH (s:Sanction)
WHERE ($afterKey IS NULL OR s.key > $afterKey)
  AND ($kind IS NULL OR s.kind = $kind)
  AND ($target IS NULL OR EXISTS { (s)-[:TARGETS]->(:State {code: $target}) })
  AND ($imposer IS NULL OR EXISTS { (i:Entity)-[:IMPOSED]->(s) WHERE i.uid IN ['State:' + $imposer, 'Organization:' + $imposer, $imposer] })
WITH s ORDER BY s.key LIMIT $limit
RETURN s {.key, .name, .kind, .year, .measures, .regime, .url, .summary, .aliases,
  issuers: [(i)-[:IMPOSED]->(s) | {uid: i.uid, name: i.name, kind: [l IN labels(i) WHERE l <> 'Entity'][0]}],
  targets: [(s)-[:TARGETS]->(t:State) | {code: t.code, name: t.name}]
} AS sanction
ORDER BY sanction.key
