// The state network's edges when no period is asked for: DYAD summaries busiest first, read in order from the DYAD count
// index and stopped at $limit, so the cost follows the answer rather than the number of DYADs (only states have DYADs;
// a pair with undated events only is left out, as a period would leave it).
// params: limit
// columns: a, b, dyad
// mode: read
MATCH (sa)-[d:DYAD]->(sb)
USING INDEX d:DYAD(count)
WHERE d.count IS NOT NULL AND d.first IS NOT NULL
WITH sa, sb, d ORDER BY d.count DESC LIMIT $limit
RETURN sa.code AS a, sb.code AS b, d {.count, .quad1, .quad2, .quad3, .quad4, goldsteinMean: round(d.goldsteinMean, 2), .first, .last} AS dyad
