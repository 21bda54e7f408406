// One leader with every office held (LEADS: state, role, title, dates; HOLDS: every office of a state or body) and
// the messages they sent or received.
// params: key
// columns: leader, offices, holds, sent, received
// mode: read
MATCH (l:Leader {key: $key})
RETURN l AS leader,
  [(l)-[r:LEADS]->(s:State) | {code: s.code, state: s.name, role: r.role, title: r.title, start: r.start, end: r.end, source: r.source}] AS offices,
  [(l)-[h:HOLDS]->(x) | {holderKind: CASE WHEN x:State THEN 'State' ELSE 'Organization' END, holder: coalesce(x.code, x.key),
    holderName: x.name, role: h.role, office: h.office, portfolio: h.portfolio, postedTo: h.postedTo,
    start: h.start, end: h.end, source: h.source}] AS holds,
  [(l)-[:SENT]->(m:Message)-[:ADDRESSED_TO]->(to) | {id: m.id, kind: m.kind, date: m.date, to: {uid: to.uid, name: to.name}}][..100] AS sent,
  [(from)-[:SENT]->(m:Message)-[:ADDRESSED_TO]->(l) | {id: m.id, kind: m.kind, date: m.date, from: {uid: from.uid, name: from.name}}][..100] AS received
