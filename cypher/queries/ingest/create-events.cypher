// Creates events with their actor, target and source, one row per id, giving the graph ingest/merge-events gives a
// new event. Written as CREATE with the properties in the pattern: a MERGE, or a SET from a map, makes the planner
// buffer the whole batch (Eager) and lock the shared Source node until commit, which serialises concurrent loads.
// Rows come grouped by actor, target and source, so each group looks its three nodes up once and sends their keys
// once. An id the graph already holds fails the whole statement on the key constraint: the caller
// (write-event-batch.ts) then looks the stored ids up and merges those.
// Each group's rows come as columns, one list per property (a column no row has is absent, so null).
// Groups: {actor, target (uids), source, id: [], hash: [], cameo: [], root: [], quad: [], goldstein: [], label: [],
//   date: [], actorName: [], targetName: [], actorState: [], targetState: [], actorSector: [], targetSector: [],
//   line: [], sentence: [], start: [], end: []}.
// params: groups
// columns: created
// mode: write
UNWIND $groups AS g
MATCH (a:Entity {uid: g.actor})
MATCH (b:Entity {uid: g.target})
MATCH (s:Source {key: g.source})
UNWIND range(0, size(g.id) - 1) AS i
CREATE (e:Event {
  id: g.id[i],
  rowHash: g.hash[i],
  cameo: g.cameo[i],
  root: g.root[i],
  quad: g.quad[i],
  goldstein: g.goldstein[i],
  label: g.label[i],
  date: g.date[i],
  actorName: g.actorName[i],
  targetName: g.targetName[i],
  actorState: g.actorState[i],
  targetState: g.targetState[i],
  actorSector: g.actorSector[i],
  targetSector: g.targetSector[i]
})
CREATE (a)-[:INITIATED]->(e)
CREATE (e)-[:DIRECTED_AT]->(b)
CREATE (e)-[:FROM {line: g.line[i], sentence: g.sentence[i], start: g.start[i], end: g.end[i]}]->(s)
RETURN count(*) AS created
