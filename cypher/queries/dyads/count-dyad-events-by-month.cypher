// Events between two states per month, direction and CAMEO quad class, with the mean Goldstein score: whole months from
// the pair's per-month summaries (an index seek on the pair), partial months at the ends ($edges) from the pair's events
// by date, undated ones (month null) from the pair's undated summary when $undated. Cost follows the pair, not the graph.
// params: a, b, fromMonth, toMonth, edges, undated
// columns: month, actor, quad, count, goldsteinMean
// mode: read
UNWIND [[$a, $b], [$b, $a]] AS pair
CALL (pair) {
  MATCH (m:DyadMonth)
  WHERE m.a = pair[0] AND m.b = pair[1] AND m.month >= $fromMonth AND m.month <= $toMonth
  UNWIND [[1, m.quad1, m.g1], [2, m.quad2, m.g2], [3, m.quad3, m.g3], [4, m.quad4, m.g4]] AS q
  WITH m, q WHERE q[1] > 0
  RETURN m.month AS month, q[0] AS quad, q[1] AS count, q[2] AS g
  UNION ALL
  WITH pair WHERE $undated
  CALL (pair) {
    MATCH (m:DyadMonth)
    WHERE m.a = pair[0] AND m.b = pair[1] AND m.month = ''
    RETURN m
  }
  UNWIND [[1, m.quad1, m.g1], [2, m.quad2, m.g2], [3, m.quad3, m.g3], [4, m.quad4, m.g4]] AS q
  WITH q WHERE q[1] > 0
  RETURN null AS month, q[0] AS quad, q[1] AS count, q[2] AS g
  UNION ALL
  UNWIND $edges AS r
  MATCH (e:Event)
  WHERE e.actorState = pair[0] AND e.targetState = pair[1] AND e.date >= r.lo AND e.date <= r.hi
  WITH substring(e.date, 0, 7) AS month, e.quad AS quad, count(*) AS count, sum(toInteger(round(coalesce(e.goldstein, 0) * 100))) AS g
  RETURN month, quad, count, g
}
RETURN month, pair[0] AS actor, quad, count, toFloat(g) / 100.0 / count AS goldsteinMean
ORDER BY month, actor, quad
