// Records the outcome of one poll of a source: state, validators (ETag, Last-Modified), next due time,
// failures, last error, and adds to its counters.
// params: id, props, add
// columns: id
// mode: write
MATCH (s:IngestSource {id: $id})
SET s += $props,
    s.polls = s.polls + coalesce($add.polls, 0), s.items = s.items + coalesce($add.items, 0),
    s.newItems = s.newItems + coalesce($add.newItems, 0), s.jobs = s.jobs + coalesce($add.jobs, 0)
RETURN s.id AS id
