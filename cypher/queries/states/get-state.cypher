// One state with its leaders (every office held, with dates), its land borders read both ways, its memberships and its bodies.
// params: code
// columns: state, leaders, borders, memberships, organizations
// mode: read
MATCH (s:State {code: $code})
RETURN s AS state,
  [(l:Leader)-[r:LEADS]->(s) | {key: l.key, name: l.name, role: r.role, title: r.title, start: r.start, end: r.end, source: r.source}] AS leaders,
  [(s)-[:BORDERS]-(b:State) | {code: b.code, name: b.name}] AS borders,
  [(s)-[m:MEMBER_OF]->(o:Organization) | {key: o.key, name: o.name, status: m.status}] AS memberships,
  [(o:Organization)-[:BELONGS_TO]->(s) | {key: o.key, name: o.name, kind: o.kind}] AS organizations
