// Who held which office of one state on a day: every HOLDS span covering the date. An open span counts
// only while its data set still vouched for it recently (openAsOf on or after $staleBefore).
// params: code, date, staleBefore
// columns: key, name, role, office, portfolio, postedTo, start, end, source
// mode: read
MATCH (p:Person)-[h:HOLDS]->(s:State {code: $code})
WHERE (h.start IS NULL OR h.start <= $date)
  AND (h.end IS NULL OR h.end >= $date)
  AND (h.end IS NOT NULL OR h.openAsOf IS NULL OR h.openAsOf >= $staleBefore)
RETURN p.key AS key, p.name AS name, h.role AS role, h.office AS office, h.portfolio AS portfolio,
       h.postedTo AS postedTo, h.start AS start, h.end AS end, h.source AS source
ORDER BY role, portfolio, start DESC, key
