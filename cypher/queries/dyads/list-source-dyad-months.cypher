// The pairs and months of the events a source supports, read before a document's facts are replaced so that
// the network summaries of the pairs it leaves are recounted too.
// params: key
// columns: a, b, date
// mode: read
MATCH (:Source {key: $key})<-[:FROM]-(e:Event)
WHERE e.actorState IS NOT NULL AND e.targetState IS NOT NULL AND e.actorState <> e.targetState
RETURN DISTINCT e.actorState AS a, e.targetState AS b, substring(e.date, 0, 7) AS date
