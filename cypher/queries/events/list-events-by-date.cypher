// Events newest first, read in date-index order and filtered as they come, so a page stops early; fast for busy states and for no state at all.
// params: code, direction, other, since, until, type, quad, minSources, independentOnly, afterDate, afterId, limit
// columns: event
// mode: read
MATCH (e:Event)
WHERE e.date >= $since AND e.date <= $until
  AND ($code IS NULL
    OR ($direction <> 'in' AND e.actorState = $code AND ($other IS NULL OR e.targetState = $other))
    OR ($direction <> 'out' AND e.targetState = $code AND ($other IS NULL OR e.actorState = $other)))
  AND ($type IS NULL OR e.cameo STARTS WITH $type)
  AND ($quad IS NULL OR e.quad = $quad)
  AND ($minSources IS NULL
    OR CASE WHEN $independentOnly THEN coalesce(e.independentPublishers, 1) ELSE coalesce(e.publishers, 1) END >= $minSources)
  AND ($afterDate IS NULL OR e.date < $afterDate OR (e.date = $afterDate AND e.id < $afterId))
WITH e ORDER BY e.date DESC, e.id DESC LIMIT $limit
MATCH (a)-[:INITIATED]->(e)-[:DIRECTED_AT]->(b)
RETURN e {.id, .cameo, .root, .quad, .goldstein, .label, .date, .actorState, .targetState,
  corroboration: {reports: coalesce(e.reports, 1), publishers: coalesce(e.publishers, 1),
    stateMediaPublishers: coalesce(e.stateMediaPublishers, 0), independentPublishers: coalesce(e.independentPublishers, 1)},
  actor: {uid: a.uid, name: coalesce(a.name, e.actorName), kind: [l IN labels(a) WHERE l <> 'Entity'][0]},
  target: {uid: b.uid, name: coalesce(b.name, e.targetName), kind: [l IN labels(b) WHERE l <> 'Entity'][0]},
  evidence: [(e)-[f:FROM]->(src:Source) | {source: src.key, title: src.title, kind: src.kind, publisher: src.publisher, line: f.line, sentence: f.sentence, start: f.start, end: f.end}]
} AS event
ORDER BY event.date DESC, event.id DESC
