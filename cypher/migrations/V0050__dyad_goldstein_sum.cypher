// DYADs keep their Goldstein sum in integer hundredths beside the mean, so a load adds its events to a pair's totals
// without recounting the pair's months (dyads/add-to-dyads). Existing DYADs take it from their months.
MATCH (sa:State)-[d:DYAD]->(sb:State)
WHERE d.goldsteinSum IS NULL
CALL (sa, sb, d) {
  MATCH (m:DyadMonth)
  WHERE m.a = sa.code AND m.b = sb.code AND m.month IS NOT NULL
  RETURN sum(m.goldsteinSum) AS g
}
SET d.goldsteinSum = g;
