// One organization with the state it belongs to, the body it is part of, its parts, its member states, the sanctions
// it imposed and the messages it reported.
// params: key
// columns: organization, state, parent, parts, members, imposed, reported
// mode: read
MATCH (o:Organization {key: $key})
RETURN o AS organization,
  [(o)-[:BELONGS_TO]->(s:State) | {code: s.code, name: s.name}][0] AS state,
  [(o)-[:PART_OF]->(p:Organization) | {key: p.key, name: p.name}][0] AS parent,
  [(c:Organization)-[:PART_OF]->(o) | {key: c.key, name: c.name}] AS parts,
  [(s:State)-[m:MEMBER_OF]->(o) | {code: s.code, name: s.name, status: m.status}] AS members,
  [(o)-[:IMPOSED]->(x:Sanction) | {key: x.key, name: x.name, kind: x.kind, targets: [(x)-[:TARGETS]->(t:State) | t.code]}][..200] AS imposed,
  [(o)-[:REPORTED]->(m:Message) | {id: m.id, kind: m.kind, date: m.date}][..100] AS reported
