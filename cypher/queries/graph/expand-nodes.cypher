// One step of a neighbourhood: the relationships of the given nodes whose type is asked for and whose date fits the period,
// at most $limit, the strongest first (DYAD event count), then the latest, so a capped view keeps what matters.
// params: ids, types, since, until, limit
// columns: a, r, b
// mode: read
UNWIND $ids AS id
MATCH (a) WHERE elementId(a) = id
MATCH (a)-[r]-(b)
WHERE type(r) IN $types
  AND (type(r) <> 'DYAD' OR (r.last >= $since AND r.first <= $until))
  AND (NOT (b:Event OR b:Message) OR b.date IS NULL OR (b.date >= $since AND b.date <= $until))
  AND (NOT (a:Event OR a:Message) OR a.date IS NULL OR (a.date >= $since AND a.date <= $until))
RETURN a, r, b
ORDER BY coalesce(r.count, 0) DESC, coalesce(r.last, b.date, a.date, '') DESC, elementId(r)
LIMIT $limit
