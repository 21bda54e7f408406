// Undated events between two states (from articles without a date), by id descending after $afterId: the tail of the
// dyad's event list once the dated ones run out; a seek on the (actor state, target state) index of the pair.
// params: a, b, afterId, limit
// columns: event
// mode: read
UNWIND [[$a, $b], [$b, $a]] AS pair
CALL (pair) {
  MATCH (e:Event)
  WHERE e.actorState = pair[0] AND e.targetState = pair[1] AND e.date IS NULL AND ($afterId IS NULL OR e.id < $afterId)
  RETURN e
}
WITH e ORDER BY e.id DESC LIMIT $limit
MATCH (a)-[:INITIATED]->(e)-[:DIRECTED_AT]->(b)
RETURN e {.id, .cameo, .root, .quad, .goldstein, .label, .date, .actorState, .targetState,
  corroboration: {reports: coalesce(e.reports, 1), publishers: coalesce(e.publishers, 1),
    stateMediaPublishers: coalesce(e.stateMediaPublishers, 0), independentPublishers: coalesce(e.independentPublishers, 1)},
  actor: {uid: a.uid, name: coalesce(a.name, e.actorName), kind: [l IN labels(a) WHERE l <> 'Entity'][0]},
  target: {uid: b.uid, name: coalesce(b.name, e.targetName), kind: [l IN labels(b) WHERE l <> 'Entity'][0]},
  evidence: [(e)-[f:FROM]->(src:Source) | {source: src.key, title: src.title, kind: src.kind, publisher: src.publisher, line: f.line, sentence: f.sentence, start: f.start, end: f.end}]
} AS event
ORDER BY event.id DESC
