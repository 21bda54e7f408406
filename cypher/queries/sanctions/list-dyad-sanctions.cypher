// Sanctions one state of a pair imposed or approved (itself or through a leader or body acting for it) that target the other, in both directions.
// params: a, b
// columns: sanction
// mode: read
MATCH (sa:State {code: $a})
MATCH (sb:State {code: $b})
CALL (sa, sb) {
  MATCH (x)-[r:IMPOSED|APPROVED]->(s:Sanction)-[:TARGETS]->(sb) WHERE x = sa OR EXISTS { (x)-[:LEADS|BELONGS_TO]->(sa) }
  RETURN s, sa.code AS by, sb.code AS against, type(r) AS how
  UNION
  MATCH (x)-[r:IMPOSED|APPROVED]->(s:Sanction)-[:TARGETS]->(sa) WHERE x = sb OR EXISTS { (x)-[:LEADS|BELONGS_TO]->(sb) }
  RETURN s, sb.code AS by, sa.code AS against, type(r) AS how
}
RETURN s {.key, .name, .kind, .year, .measures, .regime, .url, by: by, against: against, how: how,
  evidence: [(s)-[f:FROM]->(src:Source) | {source: src.key, title: src.title, kind: src.kind, date: src.date, sentence: f.sentence, start: f.start, end: f.end, line: f.line}]
} AS sanction
ORDER BY sanction.year, sanction.key
