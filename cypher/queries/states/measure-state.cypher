// Whether a state exists and roughly how many events it takes part in (from the DYAD summaries), so the API can pick how to list them.
// params: code
// columns: code, partners, volume
// mode: read
MATCH (s:State {code: $code})
RETURN s.code AS code, COUNT { (s)-[:DYAD]-() } AS partners,
  reduce(n = 0, d IN [(s)-[d:DYAD]-() | d.count] | n + d) AS volume
