// Recounts who supports each event: distinct reports (Sources), distinct publishers (an organization the
// publisher names, else the publisher's name, else the source itself), and how many of those publishers are
// state media of a party to the event (listed in $stateMedia and of the actor's or the target's state).
// params: ids, stateMedia
// columns: updated
// mode: write
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (e)-[:FROM]->(s:Source)
  WITH DISTINCT s
  OPTIONAL MATCH (o:Organization)
  WHERE s.publisher IS NOT NULL
    AND (toLower(o.name) = toLower(s.publisher) OR toLower(s.publisher) IN [a IN coalesce(o.aliases, []) | toLower(a)])
  WITH s, head(collect(o)) AS o
  RETURN count(s) AS reports, collect(DISTINCT coalesce(o.key, toLower(s.publisher), s.key)) AS outlets,
         collect(DISTINCT CASE WHEN o.key IN $stateMedia AND o.state IN [e.actorState, e.targetState] THEN o.key END) AS party
}
SET e.reports = reports, e.publishers = size(outlets), e.stateMediaPublishers = size(party),
    e.independentPublishers = size(outlets) - size(party)
RETURN count(e) AS updated
