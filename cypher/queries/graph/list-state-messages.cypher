// Messages as edges between the states their sender and recipient act for.
// With $minSources, only messages at least that many publishers report (independent ones with $independentOnly).
// params: since, until, minSources, independentOnly, limit
// columns: id, a, b, kind, date, outlets
// mode: read
MATCH (sender)-[:SENT]->(m:Message)-[:ADDRESSED_TO]->(recipient)
WHERE ($since IS NULL OR m.date >= $since) AND ($until IS NULL OR m.date <= $until)
  AND ($minSources IS NULL
    OR CASE WHEN $independentOnly THEN coalesce(m.independentPublishers, 1) ELSE coalesce(m.publishers, 1) END >= $minSources)
WITH m, head([(sender)-[:LEADS|BELONGS_TO]->(st:State) | st.code] + CASE WHEN sender:State THEN [sender.code] ELSE [] END) AS a,
  head([(recipient)-[:LEADS|BELONGS_TO]->(st:State) | st.code] + CASE WHEN recipient:State THEN [recipient.code] ELSE [] END) AS b
WHERE a IS NOT NULL AND b IS NOT NULL
RETURN m.id AS id, a, b, m.kind AS kind, m.date AS date,
  CASE WHEN $independentOnly THEN coalesce(m.independentPublishers, 1) ELSE coalesce(m.publishers, 1) END AS outlets
ORDER BY date DESC
LIMIT $limit
