// Looks a document up by its key and by its content hash, to skip a document already stored and replace a changed one.
// params: key, hash
// columns: storedHash, sameContentKey
// mode: read
OPTIONAL MATCH (byKey:Source {key: $key})
OPTIONAL MATCH (byHash:Source {hash: $hash})
RETURN byKey.hash AS storedHash, head(collect(byHash.key)) AS sameContentKey
