// Makes a document one report of a story (created with the document's signature and bands when new), moving it
// off a story it reported before (which goes when left empty), and recounts the story's reports and publishers.
// params: source, story, signature, bands, title, date
// columns: story, reports, publishers
// mode: write
MATCH (s:Source {key: $source})
CALL (s) {
  MATCH (s)-[old:REPORTS]->(prev:Story) WHERE prev.key <> $story
  DELETE old
  WITH prev WHERE NOT EXISTS { (:Source)-[:REPORTS]->(prev) }
  DETACH DELETE prev
}
MERGE (st:Story {key: $story})
ON CREATE SET st.signature = $signature, st.title = $title, st.firstDate = $date, st.fresh = true
MERGE (s)-[:REPORTS]->(st)
WITH st
CALL (st) {
  WITH st WHERE st.fresh
  UNWIND $bands AS band
  MERGE (b:StoryBand {key: band})
  MERGE (st)-[:IN_BAND]->(b)
}
CALL (st) {
  MATCH (r:Source)-[:REPORTS]->(st)
  RETURN count(r) AS reports, count(DISTINCT coalesce(toLower(r.publisher), r.key)) AS publishers, min(r.date) AS first
}
SET st.reports = reports, st.publishers = publishers, st.firstDate = first
REMOVE st.fresh
RETURN st.key AS story, st.reports AS reports, st.publishers AS publishers
