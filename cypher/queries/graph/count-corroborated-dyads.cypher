// The state network counted over corroborated events only: DYAD summaries of the period's events at least $minSources
// publishers report (independent ones, not state media of a party, with $independentOnly; facts of data sets count as
// one). Read from events, since the stored summaries count every event: asked for only when the page sets a threshold.
// params: since, until, minSources, independentOnly, limit
// columns: a, b, dyad
// mode: read
MATCH (e:Event)
WHERE e.date >= $since AND e.date <= $until
  AND e.actorState IS NOT NULL AND e.targetState IS NOT NULL AND e.actorState <> e.targetState
WITH e, CASE WHEN $independentOnly THEN coalesce(e.independentPublishers, 1) ELSE coalesce(e.publishers, 1) END AS outlets
WHERE outlets >= $minSources
WITH e.actorState AS a, e.targetState AS b, count(*) AS n, sum(CASE e.quad WHEN 1 THEN 1 ELSE 0 END) AS q1,
  sum(CASE e.quad WHEN 2 THEN 1 ELSE 0 END) AS q2, sum(CASE e.quad WHEN 3 THEN 1 ELSE 0 END) AS q3,
  sum(CASE e.quad WHEN 4 THEN 1 ELSE 0 END) AS q4, avg(coalesce(e.goldstein, 0.0)) AS g, min(e.date) AS first,
  max(e.date) AS last, min(outlets) AS leastOutlets
ORDER BY n DESC LIMIT $limit
RETURN a, b, {count: n, quad1: q1, quad2: q2, quad3: q3, quad4: q4, goldsteinMean: round(g, 2), first: first, last: last,
  outlets: leastOutlets} AS dyad
