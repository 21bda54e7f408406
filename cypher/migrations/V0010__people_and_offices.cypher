// People and their dated offices: every Leader node is also a :Person (one node per person, whatever
// data sets name them), and (Person)-[:HOLDS {office, role, portfolio, postedTo, start, end}]->(State|Organization)
// records each office. A graph loaded before this migration gets :Person on its leaders and HOLDS derived
// from its LEADS (the "effective leader" of REIGN and Archigos is not an office and stays LEADS only).
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE INDEX holds_role IF NOT EXISTS FOR ()-[h:HOLDS]-() ON (h.role);
CREATE INDEX holds_start IF NOT EXISTS FOR ()-[h:HOLDS]-() ON (h.start);
MATCH (l:Leader) WHERE NOT l:Person SET l:Person;
MATCH (l:Leader)-[r:LEADS]->(s:State)
WHERE r.role IN ['head_of_state', 'head_of_government', 'foreign_minister']
WITH l, r, s,
  CASE r.role WHEN 'foreign_minister' THEN 'minister' ELSE r.role END AS role,
  CASE r.role WHEN 'foreign_minister' THEN 'foreign_affairs' ELSE null END AS portfolio
MERGE (l)-[h:HOLDS {key: role + '|' + coalesce(portfolio, '') + '||' + coalesce(r.start, '')}]->(s)
SET h.office = r.title, h.role = role, h.portfolio = portfolio, h.start = r.start, h.end = r.end, h.source = r.source;
