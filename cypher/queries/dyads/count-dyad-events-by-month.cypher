// Events between two states per month, direction and CAMEO quad class, with the mean Goldstein score; undated ones (month null) when $undated.
// params: a, b, since, until, undated
// columns: month, actor, quad, count, goldsteinMean
// mode: read
MATCH (sa:State {code: $a})
MATCH (sb:State {code: $b})
CALL (sa, sb) {
  MATCH (sa)-[:INITIATED]->(e:Event) WHERE e.targetState = $b RETURN e
  UNION
  MATCH (sa)<-[:LEADS|BELONGS_TO]-()-[:INITIATED]->(e:Event) WHERE e.actorState = $a AND e.targetState = $b RETURN e
  UNION
  MATCH (sb)-[:INITIATED]->(e:Event) WHERE e.targetState = $a RETURN e
  UNION
  MATCH (sb)<-[:LEADS|BELONGS_TO]-()-[:INITIATED]->(e:Event) WHERE e.actorState = $b AND e.targetState = $a RETURN e
}
WITH e WHERE e.date >= $since AND e.date <= $until OR ($undated AND e.date IS NULL)
RETURN substring(e.date, 0, 7) AS month, e.actorState AS actor, e.quad AS quad, count(*) AS count, avg(e.goldstein) AS goldsteinMean
ORDER BY month, actor, quad
