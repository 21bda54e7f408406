// The graph's version stamp (null before the first write): one index lookup, read before each cached answer.
// params: -
// columns: stamp
// mode: read
OPTIONAL MATCH (v:__GraphVersion {id: 'graph'})
RETURN v.stamp AS stamp
LIMIT 1
