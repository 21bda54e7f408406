// Recounts the per-month summaries of one actor state from its events, for a full rebuild run one state per
// transaction (memory and time bounded by the busiest state); the same sums as dyads/refresh-dyad-months.
// params: code
// columns: months
// mode: write
MATCH (e:Event)
USING INDEX e:Event(actorState, targetState)
WHERE e.actorState = $code AND e.targetState IS NOT NULL
WITH e WHERE e.targetState <> $code
WITH e.targetState AS b, coalesce(substring(e.date, 0, 7), '') AS month, e
WITH b, month, count(e) AS n,
  count(CASE WHEN e.quad = 1 THEN 1 END) AS q1, count(CASE WHEN e.quad = 2 THEN 1 END) AS q2,
  count(CASE WHEN e.quad = 3 THEN 1 END) AS q3, count(CASE WHEN e.quad = 4 THEN 1 END) AS q4,
  sum(CASE WHEN e.quad = 1 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g1,
  sum(CASE WHEN e.quad = 2 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g2,
  sum(CASE WHEN e.quad = 3 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g3,
  sum(CASE WHEN e.quad = 4 THEN toInteger(round(coalesce(e.goldstein, 0) * 100)) ELSE 0 END) AS g4,
  sum(toInteger(round(coalesce(e.goldstein, 0) * 100))) AS g, min(e.date) AS first, max(e.date) AS last
WHERE EXISTS { (:State {code: b}) }
CREATE (m:DyadMonth {key: $code + '|' + b + '|' + month, a: $code, b: b, month: month, count: n,
  quad1: q1, quad2: q2, quad3: q3, quad4: q4, g1: g1, g2: g2, g3: g3, g4: g4, goldsteinSum: g, first: first, last: last})
RETURN count(m) AS months
