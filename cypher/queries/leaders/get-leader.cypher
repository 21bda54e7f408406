// One leader with every office held (state, role, title, dates) and the messages they sent or received.
// params: key
// columns: leader, offices, sent, received
// mode: read
MATCH (l:Leader {key: $key})
RETURN l AS leader,
  [(l)-[r:LEADS]->(s:State) | {code: s.code, state: s.name, role: r.role, title: r.title, start: r.start, end: r.end, source: r.source}] AS offices,
  [(l)-[:SENT]->(m:Message)-[:ADDRESSED_TO]->(to) | {id: m.id, kind: m.kind, date: m.date, to: {uid: to.uid, name: to.name}}][..100] AS sent,
  [(from)-[:SENT]->(m:Message)-[:ADDRESSED_TO]->(l) | {id: m.id, kind: m.kind, date: m.date, from: {uid: from.uid, name: from.name}}][..100] AS received
