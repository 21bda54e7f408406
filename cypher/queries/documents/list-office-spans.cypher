// Every HOLDS span with its person, from which articles' titles and officials are resolved to the holder of the day.
// params: -
// columns: key, name, aliases, holderKind, holder, role, portfolio, postedTo, office, start, end
// mode: read
MATCH (p:Person)-[h:HOLDS]->(x)
RETURN p.key AS key, p.name AS name, coalesce(p.aliases, []) AS aliases,
       CASE WHEN x:State THEN 'State' ELSE 'Organization' END AS holderKind, coalesce(x.code, x.key) AS holder,
       h.role AS role, h.portfolio AS portfolio, h.postedTo AS postedTo, h.office AS office, h.start AS start, h.end AS end
