// Of the given uids ("<Label>:<key>"), returns those the graph holds.
// params: uids
// columns: uid
// mode: read
UNWIND $uids AS wanted
MATCH (n:Entity {uid: wanted})
RETURN n.uid AS uid
