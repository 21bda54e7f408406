// The node a graph view is focused on: an entity by uid, or a message, event or source by "<Label>:<id>".
// params: uid, label, id
// columns: node
// mode: read
CALL () {
  MATCH (n:Entity {uid: $uid}) RETURN n
  UNION
  MATCH (n:Message {id: $id}) WHERE $label = 'Message' RETURN n
  UNION
  MATCH (n:Event {id: $id}) WHERE $label = 'Event' RETURN n
  UNION
  MATCH (n:Source {key: $id}) WHERE $label = 'Source' RETURN n
}
RETURN n AS node
LIMIT 1
