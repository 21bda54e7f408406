// Looks a document up by its key and by its content hash, to skip a document already stored and replace a changed one.
// The publisher of a stored copy with the same content tells a second outlet's copy (a new report) from a re-send.
// params: key, hash
// columns: storedHash, sameContentKey, sameContentPublisher
// mode: read
OPTIONAL MATCH (byKey:Source {key: $key})
OPTIONAL MATCH (byHash:Source {hash: $hash})
WITH byKey, head(collect(byHash)) AS copy
RETURN byKey.hash AS storedHash, copy.key AS sameContentKey, copy.publisher AS sameContentPublisher
