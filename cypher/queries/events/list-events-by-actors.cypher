// Events of one state, newest first (undated ones, from articles, last when $undated), found by walking from the state and
// the leaders and bodies acting for it; fast for states with few events. The walk finds the same events as actorState/targetState,
// which the loader derives from those same links.
// params: code, direction, other, since, until, undated, type, quad, minSources, independentOnly, afterDate, afterId, limit
// columns: event
// mode: read
MATCH (s:State {code: $code})
CALL (s) {
  MATCH (s)-[:INITIATED]->(e:Event) WHERE $direction <> 'in' RETURN e
  UNION
  MATCH (s)<-[:DIRECTED_AT]-(e:Event) WHERE $direction <> 'out' RETURN e
  UNION
  MATCH (s)<-[:LEADS|BELONGS_TO]-()-[:INITIATED]->(e:Event) WHERE $direction <> 'in' AND e.actorState = $code RETURN e
  UNION
  MATCH (s)<-[:LEADS|BELONGS_TO]-()<-[:DIRECTED_AT]-(e:Event) WHERE $direction <> 'out' AND e.targetState = $code RETURN e
}
WITH e
WHERE (e.date >= $since AND e.date <= $until OR ($undated AND e.date IS NULL))
  AND ($other IS NULL OR (e.actorState = $code AND e.targetState = $other) OR (e.targetState = $code AND e.actorState = $other))
  AND ($type IS NULL OR e.cameo STARTS WITH $type)
  AND ($quad IS NULL OR e.quad = $quad)
  AND ($minSources IS NULL
    OR CASE WHEN $independentOnly THEN coalesce(e.independentPublishers, 1) ELSE coalesce(e.publishers, 1) END >= $minSources)
  AND ($afterDate IS NULL OR coalesce(e.date, '') < $afterDate OR (coalesce(e.date, '') = $afterDate AND e.id < $afterId))
WITH e ORDER BY coalesce(e.date, '') DESC, e.id DESC LIMIT $limit
MATCH (a)-[:INITIATED]->(e)-[:DIRECTED_AT]->(b)
RETURN e {.id, .cameo, .root, .quad, .goldstein, .label, .date, .actorState, .targetState,
  corroboration: {reports: coalesce(e.reports, 1), publishers: coalesce(e.publishers, 1),
    stateMediaPublishers: coalesce(e.stateMediaPublishers, 0), independentPublishers: coalesce(e.independentPublishers, 1)},
  actor: {uid: a.uid, name: coalesce(a.name, e.actorName), kind: [l IN labels(a) WHERE l <> 'Entity'][0]},
  target: {uid: b.uid, name: coalesce(b.name, e.targetName), kind: [l IN labels(b) WHERE l <> 'Entity'][0]},
  evidence: [(e)-[f:FROM]->(src:Source) | {source: src.key, title: src.title, kind: src.kind, publisher: src.publisher, line: f.line, sentence: f.sentence, start: f.start, end: f.end}]
} AS event
ORDER BY coalesce(event.date, '') DESC, event.id DESC
