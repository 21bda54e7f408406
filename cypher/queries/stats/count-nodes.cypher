// Counts nodes per label, internal labels left out.
// params: -
// columns: label, count
// mode: read
MATCH (n)
UNWIND labels(n) AS label
WITH label WHERE NOT label STARTS WITH '__' AND label <> 'Entity'
RETURN label, count(*) AS count
ORDER BY label
