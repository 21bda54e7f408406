// Recounts who supports each sanction, as for events; the parties are the imposer's state and the targets.
// params: ids, stateMedia
// columns: updated
// mode: write
UNWIND $ids AS id
MATCH (n:Sanction {key: id})
WITH n, [(a)-[:IMPOSED]->(n) | CASE WHEN a:State THEN a.code ELSE a.state END] + [(n)-[:TARGETS]->(t:State) | t.code] AS parties
CALL (n, parties) {
  MATCH (n)-[:FROM]->(s:Source)
  WITH DISTINCT s
  OPTIONAL MATCH (o:Organization)
  WHERE s.publisher IS NOT NULL
    AND (toLower(o.name) = toLower(s.publisher) OR toLower(s.publisher) IN [a IN coalesce(o.aliases, []) | toLower(a)])
  WITH s, head(collect(o)) AS o
  RETURN count(s) AS reports, collect(DISTINCT coalesce(o.key, toLower(s.publisher), s.key)) AS outlets,
         collect(DISTINCT CASE WHEN o.key IN $stateMedia AND o.state IN parties THEN o.key END) AS party
}
SET n.reports = reports, n.publishers = size(outlets), n.stateMediaPublishers = size(party),
    n.independentPublishers = size(outlets) - size(party)
RETURN count(n) AS updated
