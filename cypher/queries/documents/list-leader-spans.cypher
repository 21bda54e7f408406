// Every LEADS span with its leader, from which articles' leader mentions are resolved to the person in office.
// params: -
// columns: key, name, aliases, state, role, title, start, end
// mode: read
MATCH (l:Leader)-[r:LEADS]->(s:State)
RETURN l.key AS key, l.name AS name, coalesce(l.aliases, []) AS aliases, s.code AS state,
       r.role AS role, coalesce(r.title, r.role) AS title, r.start AS start, r.end AS end
