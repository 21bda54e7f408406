// Adds what a load's new events hold to the per-month summaries of their pairs. The loader sums the events it has
// just created (network-deltas.ts), so the database reads no event back and the cost follows the months touched.
// Only for new events: a replaced or removed one goes through refresh-dyad-months, which recounts.
// A SET whose right side reads the property takes the node's write lock first, so concurrent loads add up; rows
// come sorted by key, so two loads take those locks in one order.
// Rows: {key, a, b, month, count, quad1..quad4, g1..g4, goldsteinSum, first, last}.
// params: rows
// columns: months
// mode: write
UNWIND $rows AS row
WITH row
WHERE EXISTS { (:State {code: row.a}) } AND EXISTS { (:State {code: row.b}) }
MERGE (m:DyadMonth {key: row.key})
ON CREATE
  SET m.a = row.a, m.b = row.b, m.month = row.month, m.count = 0, m.quad1 = 0, m.quad2 = 0, m.quad3 = 0,
    m.quad4 = 0, m.g1 = 0, m.g2 = 0, m.g3 = 0, m.g4 = 0, m.goldsteinSum = 0
SET m.count = m.count + row.count, m.quad1 = m.quad1 + row.quad1, m.quad2 = m.quad2 + row.quad2,
  m.quad3 = m.quad3 + row.quad3, m.quad4 = m.quad4 + row.quad4, m.g1 = m.g1 + row.g1, m.g2 = m.g2 + row.g2,
  m.g3 = m.g3 + row.g3, m.g4 = m.g4 + row.g4, m.goldsteinSum = m.goldsteinSum + row.goldsteinSum,
  m.first = CASE WHEN row.first IS NOT NULL AND (m.first IS NULL OR row.first < m.first) THEN row.first ELSE m.first END,
  m.last = CASE WHEN row.last IS NOT NULL AND (m.last IS NULL OR row.last > m.last) THEN row.last ELSE m.last END
RETURN count(*) AS months
