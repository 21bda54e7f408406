// Sanctions as edges from their issuer (a state or a body such as the UN Security Council) to each state they target.
// With $minSources, only sanctions at least that many publishers report (independent ones with $independentOnly).
// params: minSources, independentOnly, limit
// columns: key, name, year, kind, issuer, target, outlets
// mode: read
MATCH (i:Entity)-[:IMPOSED]->(s:Sanction)-[:TARGETS]->(t:State)
WITH i, s, t, CASE WHEN $independentOnly THEN coalesce(s.independentPublishers, 1) ELSE coalesce(s.publishers, 1) END AS outlets
WHERE $minSources IS NULL OR outlets >= $minSources
RETURN s.key AS key, s.name AS name, s.year AS year, s.kind AS kind,
  i {.uid, .name, .code, .key, kind: [l IN labels(i) WHERE l <> 'Entity'][0]} AS issuer, t.code AS target, outlets
ORDER BY key
LIMIT $limit
