// Recomputes the DYAD summary of each given pair from its per-month summaries (a few hundred at most per pair),
// so an ingest rewrites only the pairs it touched; a pair left with no events loses its DYAD.
// Rows: {a, b}.
// params: pairs
// columns: dyads
// mode: write
UNWIND $pairs AS p
MATCH (sa:State {code: p.a})
MATCH (sb:State {code: p.b})
OPTIONAL MATCH (m:DyadMonth)
WHERE m.a = p.a AND m.b = p.b AND m.month IS NOT NULL
WITH sa, sb, sum(m.count) AS n, sum(m.quad1) AS q1, sum(m.quad2) AS q2, sum(m.quad3) AS q3, sum(m.quad4) AS q4,
  sum(m.goldsteinSum) AS g, min(m.first) AS first, max(m.last) AS last
CALL (sa, sb, n) {
  WITH sa, sb WHERE n = 0
  MATCH (sa)-[old:DYAD]->(sb)
  DELETE old
}
CALL (sa, sb, n, q1, q2, q3, q4, g, first, last) {
  WITH sa, sb WHERE n > 0
  MERGE (sa)-[d:DYAD]->(sb)
  SET d.count = n, d.quad1 = q1, d.quad2 = q2, d.quad3 = q3, d.quad4 = q4, d.goldsteinSum = g,
    d.goldsteinMean = toFloat(g) / 100.0 / n, d.first = first, d.last = last
}
RETURN count(*) AS dyads
