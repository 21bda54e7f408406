// Sanctions as edges from their issuer (a state or a body such as the UN Security Council) to each state they target.
// params: limit
// columns: key, name, year, kind, issuer, target
// mode: read
MATCH (i:Entity)-[:IMPOSED]->(s:Sanction)-[:TARGETS]->(t:State)
RETURN s.key AS key, s.name AS name, s.year AS year, s.kind AS kind,
  i {.uid, .name, .code, .key, kind: [l IN labels(i) WHERE l <> 'Entity'][0]} AS issuer, t.code AS target
ORDER BY key
LIMIT $limit
