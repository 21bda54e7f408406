// The shortest paths (up to 6 hops, at most $limit of them) between two entities over the relation network: DYAD summaries,
// borders, offices, memberships and bodies, sanctions. Never through single events or messages, whose number grows with
// the news: the search only meets nodes that stand for relations. The API drops paths longer than asked.
// params: from, to, limit
// columns: path
// mode: read
MATCH (a:Entity {uid: $from})
MATCH (b:Entity {uid: $to})
MATCH p = allShortestPaths((a)-[:DYAD|BORDERS|LEADS|HOLDS|MEMBER_OF|BELONGS_TO|PART_OF|IMPOSED|TARGETS|AMENDS|APPROVED*..6]-(b))
RETURN p AS path
LIMIT $limit
