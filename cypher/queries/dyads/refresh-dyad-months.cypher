// Recounts the per-month summaries of the given pairs and months from their events, through the (actor state,
// target state, date) index, so the cost follows the months touched; a month left with no events loses its node.
// Rows: {key, a, b, month, lo, hi} with month "" (and lo = hi = "~") for the pair's undated events.
// Goldstein sums are integer hundredths, so any order of summing, incremental or full, gives the same numbers.
// params: rows
// columns: months
// mode: write
UNWIND $rows AS row
OPTIONAL CALL (row) {
  MATCH (e:Event)
  WHERE e.actorState = row.a AND e.targetState = row.b AND e.date >= row.lo AND e.date < row.hi AND substring(e.date, 0, 7) = row.month
  RETURN e
  UNION ALL
  // The nested call keeps the guard ahead of the seek: only an undated row reads the pair's whole index range.
  WITH row WHERE row.month = ''
  CALL (row) {
    MATCH (e:Event)
    WHERE e.actorState = row.a AND e.targetState = row.b AND e.date IS NULL
    RETURN e
  }
  RETURN e
}
WITH row, count(e) AS n,
  count(CASE WHEN e.quad = 1 THEN 1 END) AS q1, count(CASE WHEN e.quad = 2 THEN 1 END) AS q2,
  count(CASE WHEN e.quad = 3 THEN 1 END) AS q3, count(CASE WHEN e.quad = 4 THEN 1 END) AS q4,
  sum(CASE WHEN e.quad = 1 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g1,
  sum(CASE WHEN e.quad = 2 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g2,
  sum(CASE WHEN e.quad = 3 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g3,
  sum(CASE WHEN e.quad = 4 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g4,
  sum(toInteger(round(coalesce(e.goldstein, 0) * 100))) AS g, min(e.date) AS first, max(e.date) AS last
CALL (row, n) {
  WITH row WHERE n = 0
  MATCH (m:DyadMonth {key: row.key})
  DELETE m
}
CALL (row, n, q1, q2, q3, q4, g1, g2, g3, g4, g, first, last) {
  WITH row WHERE n > 0 AND EXISTS { (:State {code: row.a}) } AND EXISTS { (:State {code: row.b}) }
  MERGE (m:DyadMonth {key: row.key})
  SET m.a = row.a, m.b = row.b, m.month = row.month, m.count = n, m.quad1 = q1, m.quad2 = q2, m.quad3 = q3, m.quad4 = q4,
    m.g1 = g1, m.g2 = g2, m.g3 = g3, m.g4 = g4, m.goldsteinSum = g, m.first = first, m.last = last
}
RETURN count(*) AS months
