// The two states of a pair and their DYAD summaries in each direction.
// params: a, b
// columns: a, b, ab, ba
// mode: read
MATCH (sa:State {code: $a})
MATCH (sb:State {code: $b})
RETURN sa {.code, .name} AS a, sb {.code, .name} AS b,
  head([(sa)-[d:DYAD]->(sb) | d {.count, .quad1, .quad2, .quad3, .quad4, .goldsteinMean, .first, .last}]) AS ab,
  head([(sb)-[d:DYAD]->(sa) | d {.count, .quad1, .quad2, .quad3, .quad4, .goldsteinMean, .first, .last}]) AS ba
