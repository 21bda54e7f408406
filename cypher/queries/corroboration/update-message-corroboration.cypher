// Recounts who supports each message, as for events; the parties are the states of its sender and recipient
// (a state itself, the state of a body, or the states a leader leads).
// params: ids, stateMedia
// columns: updated
// mode: write
UNWIND $ids AS id
MATCH (snd)-[:SENT]->(m:Message {id: id})-[:ADDRESSED_TO]->(rcp)
WITH m, [x IN [snd, rcp] | CASE WHEN x:State THEN x.code ELSE x.state END]
        + [(snd)-[:LEADS]->(st:State) | st.code] + [(rcp)-[:LEADS]->(st:State) | st.code] AS parties
CALL (m, parties) {
  MATCH (m)-[:FROM]->(s:Source)
  WITH DISTINCT s
  OPTIONAL MATCH (o:Organization)
  WHERE s.publisher IS NOT NULL
    AND (toLower(o.name) = toLower(s.publisher) OR toLower(s.publisher) IN [a IN coalesce(o.aliases, []) | toLower(a)])
  WITH s, head(collect(o)) AS o
  RETURN count(s) AS reports, collect(DISTINCT coalesce(o.key, toLower(s.publisher), s.key)) AS outlets,
         collect(DISTINCT CASE WHEN o.key IN $stateMedia AND o.state IN parties THEN o.key END) AS party
}
SET m.reports = reports, m.publishers = size(outlets), m.stateMediaPublishers = size(party),
    m.independentPublishers = size(outlets) - size(party)
RETURN count(m) AS updated
