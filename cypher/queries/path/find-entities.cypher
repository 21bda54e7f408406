// Which of the given uids name an entity, so a path request can say which end is unknown.
// params: uids
// columns: uid
// mode: read
UNWIND $uids AS uid
MATCH (n:Entity {uid: uid})
RETURN n.uid AS uid
