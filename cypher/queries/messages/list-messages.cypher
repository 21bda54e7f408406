// Messages newest first (undated last), with sender, recipient, reporting bodies, replies and evidence sentences.
// A side is a state code: the state itself or a leader or body acting for it. With $either, a message from $to to $from also counts.
// params: from, to, either, since, until, afterDate, afterId, limit
// columns: message
// mode: read
MATCH (sender)-[:SENT]->(m:Message)-[:ADDRESSED_TO]->(recipient)
WITH m, sender, recipient,
  [(sender)-[:LEADS|BELONGS_TO]->(st:State) | st.code] + CASE WHEN sender:State THEN [sender.code] ELSE [] END AS senderStates,
  [(recipient)-[:LEADS|BELONGS_TO]->(st:State) | st.code] + CASE WHEN recipient:State THEN [recipient.code] ELSE [] END AS recipientStates
WHERE (($from IS NULL OR $from IN senderStates) AND ($to IS NULL OR $to IN recipientStates)
    OR ($either AND ($to IS NULL OR $to IN senderStates) AND ($from IS NULL OR $from IN recipientStates)))
  AND ($since IS NULL OR m.date >= $since)
  AND ($until IS NULL OR m.date <= $until)
  AND ($afterDate IS NULL OR coalesce(m.date, '') < $afterDate OR (coalesce(m.date, '') = $afterDate AND m.id < $afterId))
WITH m, sender, recipient, senderStates, recipientStates
ORDER BY coalesce(m.date, '') DESC, m.id DESC
LIMIT $limit
RETURN m {.id, .kind, .occasion, .date, .quotes,
  sender: {uid: sender.uid, name: sender.name, kind: [l IN labels(sender) WHERE l <> 'Entity'][0], states: senderStates},
  recipient: {uid: recipient.uid, name: recipient.name, kind: [l IN labels(recipient) WHERE l <> 'Entity'][0], states: recipientStates},
  reportedBy: [(o)-[:REPORTED]->(m) | {uid: o.uid, name: o.name}],
  repliesTo: [(m)-[:REPLIES_TO]->(m2:Message) | m2.id],
  evidence: [(m)-[f:FROM]->(src:Source) | {source: src.key, title: src.title, kind: src.kind, date: src.date, sentence: f.sentence, start: f.start, end: f.end, line: f.line}]
} AS message
