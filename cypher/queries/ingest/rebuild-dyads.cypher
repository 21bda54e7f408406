// Recomputes the state-to-state summaries the network is drawn from: event counts by quad class,
// mean Goldstein score, first and last date, and message counts.
// params: -
// columns: dyads
// mode: write
MATCH ()-[old:DYAD]->() DELETE old
WITH count(*) AS dropped
MATCH (e:Event)
WHERE e.actorState IS NOT NULL AND e.targetState IS NOT NULL AND e.actorState <> e.targetState
WITH e.actorState AS a, e.targetState AS b, e
WITH a, b, count(e) AS n,
  count(CASE WHEN e.quad = 1 THEN 1 END) AS q1, count(CASE WHEN e.quad = 2 THEN 1 END) AS q2,
  count(CASE WHEN e.quad = 3 THEN 1 END) AS q3, count(CASE WHEN e.quad = 4 THEN 1 END) AS q4,
  avg(e.goldstein) AS goldstein, min(e.date) AS first, max(e.date) AS last
MATCH (sa:State {code: a})
MATCH (sb:State {code: b})
CREATE (sa)-[d:DYAD {count: n, quad1: q1, quad2: q2, quad3: q3, quad4: q4, goldsteinMean: goldstein, first: first, last: last}]->(sb)
RETURN count(d) AS dyads
