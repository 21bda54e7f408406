// One source (a data set or a document with its text) with how many facts come from it and the entities it mentions.
// params: key
// columns: source, factCount, mentions
// mode: read
MATCH (src:Source {key: $key})
RETURN src AS source, COUNT { ()-[:FROM]->(src) } AS factCount,
  [(src)-[mm:MENTIONS]->(x) | {uid: x.uid, name: x.name, kind: [l IN labels(x) WHERE l <> 'Entity'][0], mentions: mm.mentions}] AS mentions
