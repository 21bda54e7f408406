// Adds events just created to the per-month summaries of their pairs (counts, quad classes, Goldstein hundredths,
// first and last date), so a load's network update costs what its own events cost and not what the months it
// touches already hold. Only for new events: a replaced or removed one goes through refresh-dyad-months, which
// recounts. The same expressions as that recount, in integer hundredths, so adding and recounting agree exactly.
// A SET whose right side reads the property takes the node's write lock first, so concurrent loads add up.
// params: ids
// columns: months
// mode: write
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH e, e.actorState AS a, e.targetState AS b
WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
WITH a, b, CASE WHEN e.date IS NULL THEN '' ELSE substring(e.date, 0, 7) END AS month, e
WITH a, b, month, count(e) AS n,
  count(CASE WHEN e.quad = 1 THEN 1 END) AS q1, count(CASE WHEN e.quad = 2 THEN 1 END) AS q2,
  count(CASE WHEN e.quad = 3 THEN 1 END) AS q3, count(CASE WHEN e.quad = 4 THEN 1 END) AS q4,
  sum(CASE WHEN e.quad = 1 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g1,
  sum(CASE WHEN e.quad = 2 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g2,
  sum(CASE WHEN e.quad = 3 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g3,
  sum(CASE WHEN e.quad = 4 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g4,
  sum(toInteger(round(coalesce(e.goldstein, 0) * 100))) AS g, min(e.date) AS first, max(e.date) AS last
WHERE EXISTS { (:State {code: a}) } AND EXISTS { (:State {code: b}) }
MERGE (m:DyadMonth {key: a + '|' + b + '|' + month})
ON CREATE
  SET m.a = a, m.b = b, m.month = month, m.count = 0, m.quad1 = 0, m.quad2 = 0, m.quad3 = 0, m.quad4 = 0,
    m.g1 = 0, m.g2 = 0, m.g3 = 0, m.g4 = 0, m.goldsteinSum = 0
SET m.count = m.count + n, m.quad1 = m.quad1 + q1, m.quad2 = m.quad2 + q2, m.quad3 = m.quad3 + q3,
  m.quad4 = m.quad4 + q4, m.g1 = m.g1 + g1, m.g2 = m.g2 + g2, m.g3 = m.g3 + g3, m.g4 = m.g4 + g4,
  m.goldsteinSum = m.goldsteinSum + g,
  m.first = CASE WHEN first IS NOT NULL AND (m.first IS NULL OR first < m.first) THEN first ELSE m.first END,
  m.last = CASE WHEN last IS NOT NULL AND (m.last IS NULL OR last > m.last) THEN last ELSE m.last END
RETURN count(*) AS months
