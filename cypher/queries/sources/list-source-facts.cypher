// The facts extracted from a source, in document order (offsets) or data set order (lines), one page at $skip.
// params: key, skip, limit
// columns: fact
// mode: read
MATCH (n)-[f:FROM]->(src:Source {key: $key})
WITH n, f ORDER BY coalesce(f.start, f.line, 0), elementId(n) SKIP $skip LIMIT $limit
RETURN {kind: [l IN labels(n) WHERE l <> 'Entity'][0], key: coalesce(n.uid, n.id, n.key), name: coalesce(n.name, n.label, n.kind),
  date: n.date, cameo: n.cameo, sentence: f.sentence, start: f.start, end: f.end, line: f.line} AS fact
