// Removes what one document contributed: its mentions, the events and messages only it supports, the links it
// created and its evidence on shared nodes, and entities it alone introduced. Facts of other sources stay.
// params: key
// columns: documents
// mode: write
MATCH (s:Source {key: $key})
CALL (s) { MATCH (s)-[m:MENTIONS]->() DELETE m }
CALL (s) {
  MATCH (s)<-[:FROM]-(x)
  WHERE (x:Event OR x:Message) AND NOT EXISTS { (x)-[:FROM]->(o:Source) WHERE o <> s }
  DETACH DELETE x
}
CALL (s) { MATCH (s)<-[:FROM]-(y)-[r]-() WHERE r.source = $key DELETE r }
CALL (s) { MATCH (s)<-[f:FROM]-() DELETE f }
CALL (s) { MATCH (n:Entity {source: $key}) WHERE NOT EXISTS { (n)--() } DELETE n }
RETURN count(s) AS documents
