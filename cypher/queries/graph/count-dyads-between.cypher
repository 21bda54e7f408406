// The state network of a period, busiest first: whole months summed from the per-month summaries (read through the
// month index), the partial months at the ends ($edges) counted from their events; nothing outside the period is read.
// params: fromMonth, toMonth, edges, limit
// columns: a, b, dyad
// mode: read
CALL {
  MATCH (m:DyadMonth)
  WHERE m.month >= $fromMonth AND m.month <= $toMonth
  RETURN m.a AS a, m.b AS b, m.count AS n, m.quad1 AS q1, m.quad2 AS q2, m.quad3 AS q3, m.quad4 AS q4, m.goldsteinSum AS g,
    m.first AS first, m.last AS last
  UNION ALL
  UNWIND $edges AS r
  MATCH (e:Event)
  WHERE e.date >= r.lo AND e.date <= r.hi AND e.actorState IS NOT NULL AND e.targetState IS NOT NULL AND e.actorState <> e.targetState
  RETURN e.actorState AS a, e.targetState AS b, 1 AS n, CASE e.quad WHEN 1 THEN 1 ELSE 0 END AS q1,
    CASE e.quad WHEN 2 THEN 1 ELSE 0 END AS q2, CASE e.quad WHEN 3 THEN 1 ELSE 0 END AS q3, CASE e.quad WHEN 4 THEN 1 ELSE 0 END AS q4,
    toInteger(round(coalesce(e.goldstein, 0) * 100)) AS g, e.date AS first, e.date AS last
}
WITH a, b, sum(n) AS n, sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4, sum(g) AS g, min(first) AS first, max(last) AS last
ORDER BY n DESC LIMIT $limit
RETURN a, b, {count: n, quad1: q1, quad2: q2, quad3: q3, quad4: q4, goldsteinMean: round(toFloat(g) / 100.0 / n, 2), first: first, last: last} AS dyad
