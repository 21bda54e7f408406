// One sanction with who imposed and approved it, whom it targets, the regime it amends, the resolutions amending it, and its evidence.
// params: key
// columns: sanction, issuers, approvedBy, targets, amends, amendedBy, evidence
// mode: read
MATCH (s:Sanction {key: $key})
RETURN s AS sanction,
  [(i)-[:IMPOSED]->(s) | {uid: i.uid, name: i.name, kind: [l IN labels(i) WHERE l <> 'Entity'][0]}] AS issuers,
  [(a)-[:APPROVED]->(s) | {uid: a.uid, name: a.name, kind: [l IN labels(a) WHERE l <> 'Entity'][0]}] AS approvedBy,
  [(s)-[:TARGETS]->(t:State) | {code: t.code, name: t.name}] AS targets,
  [(s)-[:AMENDS]->(r:Sanction) | {key: r.key, name: r.name}] AS amends,
  [(r:Sanction)-[:AMENDS]->(s) | {key: r.key, name: r.name, year: r.year}] AS amendedBy,
  [(s)-[f:FROM]->(src:Source) | {source: src.key, title: src.title, kind: src.kind, date: src.date, sentence: f.sentence, start: f.start, end: f.end, line: f.line}] AS evidence
