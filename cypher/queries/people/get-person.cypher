// One person by key or, failing that, by one of their alias keys ("zelensky" -> volodymyr-zelenskyy), with
// every office held (HOLDS, to a state or a body) and every LEADS span.
// params: key
// columns: person, holds, leads
// mode: read
MATCH (p:Person)
WHERE p.key = $key OR $key IN p.aliasKeys
WITH p ORDER BY CASE WHEN p.key = $key THEN 0 ELSE 1 END, p.key
LIMIT 1
RETURN p AS person,
  [(p)-[h:HOLDS]->(x) | {holderKind: CASE WHEN x:State THEN 'State' ELSE 'Organization' END, holder: coalesce(x.code, x.key),
    holderName: x.name, role: h.role, office: h.office, portfolio: h.portfolio, postedTo: h.postedTo,
    start: h.start, end: h.end, source: h.source}] AS holds,
  [(p)-[r:LEADS]->(s:State) | {code: s.code, state: s.name, role: r.role, title: r.title, start: r.start, end: r.end}] AS leads
