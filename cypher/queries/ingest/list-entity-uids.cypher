// Lists the uid of every actor node, so a load can check its references before writing.
// params: -
// columns: uid
// mode: read
MATCH (n:Entity)
RETURN n.uid AS uid
