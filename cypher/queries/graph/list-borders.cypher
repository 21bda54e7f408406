// Land borders as edges of the state network (stored one way, drawn once).
// params: -
// columns: a, b
// mode: read
MATCH (sa:State)-[:BORDERS]->(sb:State)
RETURN sa.code AS a, sb.code AS b
