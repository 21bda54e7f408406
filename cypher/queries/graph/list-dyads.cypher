// The state network's edges: DYAD summaries active in the period, busiest first, read in order from the DYAD count
// index and stopped at $limit, so the cost follows the answer rather than the number of DYADs.
// params: since, until, limit
// columns: a, b, dyad
// mode: read
MATCH (sa:State)-[d:DYAD]->(sb:State)
USING INDEX d:DYAD(count)
WHERE d.count IS NOT NULL AND d.last >= $since AND d.first <= $until
WITH sa, sb, d ORDER BY d.count DESC LIMIT $limit
RETURN sa.code AS a, sb.code AS b, d {.count, .quad1, .quad2, .quad3, .quad4, goldsteinMean: round(d.goldsteinMean, 2), .first, .last} AS dyad
