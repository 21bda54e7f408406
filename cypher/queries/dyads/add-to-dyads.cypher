// Adds what a load's new events hold to their pairs' DYADs, after add-to-dyad-months: the totals are the months'
// sums, kept in integer hundredths (goldsteinSum, on every DYAD since V0050) so the mean is exact however the sum
// was built up. Rows come sorted by pair (one lock order).
// Rows: {a, b, count, quad1..quad4, goldsteinSum, first, last}.
// params: pairs
// columns: dyads
// mode: write
UNWIND $pairs AS p
MATCH (sa:State {code: p.a})
MATCH (sb:State {code: p.b})
MERGE (sa)-[d:DYAD]->(sb)
ON CREATE
  SET d.count = 0, d.quad1 = 0, d.quad2 = 0, d.quad3 = 0, d.quad4 = 0, d.goldsteinSum = 0
SET d.count = d.count + p.count, d.quad1 = d.quad1 + p.quad1, d.quad2 = d.quad2 + p.quad2,
  d.quad3 = d.quad3 + p.quad3, d.quad4 = d.quad4 + p.quad4, d.goldsteinSum = d.goldsteinSum + p.goldsteinSum,
  d.first = CASE WHEN p.first IS NOT NULL AND (d.first IS NULL OR p.first < d.first) THEN p.first ELSE d.first END,
  d.last = CASE WHEN p.last IS NOT NULL AND (d.last IS NULL OR p.last > d.last) THEN p.last ELSE d.last END
SET d.goldsteinMean = toFloat(d.goldsteinSum) / 100.0 / d.count
RETURN count(*) AS dyads
