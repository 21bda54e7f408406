// Of the given event ids, those the graph already holds: a streaming load creates the others outright
// (ingest/create-events) and merges only these (ingest/merge-events).
// params: ids
// columns: ids
// mode: read
UNWIND $ids AS wanted
MATCH (e:Event {id: wanted})
RETURN collect(e.id) AS ids
