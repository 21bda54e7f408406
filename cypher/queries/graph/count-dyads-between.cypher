// The state network's edges counted from the events of a period only (when a date range narrows the view), busiest first.
// params: since, until, limit
// columns: a, b, dyad
// mode: read
MATCH (e:Event)
WHERE e.date >= $since AND e.date <= $until AND e.actorState IS NOT NULL AND e.targetState IS NOT NULL AND e.actorState <> e.targetState
WITH e.actorState AS a, e.targetState AS b, count(*) AS n,
  count(CASE WHEN e.quad = 1 THEN 1 END) AS q1, count(CASE WHEN e.quad = 2 THEN 1 END) AS q2,
  count(CASE WHEN e.quad = 3 THEN 1 END) AS q3, count(CASE WHEN e.quad = 4 THEN 1 END) AS q4,
  avg(e.goldstein) AS g, min(e.date) AS first, max(e.date) AS last
ORDER BY n DESC LIMIT $limit
RETURN a, b, {count: n, quad1: q1, quad2: q2, quad3: q3, quad4: q4, goldsteinMean: round(g, 2), first: first, last: last} AS dyad
