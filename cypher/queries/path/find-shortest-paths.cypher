// The shortest paths (up to 6 hops, at most $limit of them) between two entities over relationships that carry meaning; the API drops paths longer than asked.
// params: from, to, limit
// columns: path
// mode: read
MATCH (a:Entity {uid: $from})
MATCH (b:Entity {uid: $to})
MATCH p = allShortestPaths((a)-[:DYAD|BORDERS|LEADS|MEMBER_OF|BELONGS_TO|PART_OF|IMPOSED|TARGETS|AMENDS|APPROVED|SENT|ADDRESSED_TO|REPORTED|REPLIES_TO|HOSTED|INITIATED|DIRECTED_AT*..6]-(b))
RETURN p AS path
LIMIT $limit
