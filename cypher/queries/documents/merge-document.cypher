// Creates or updates a document's Source node with its text, so evidence can be shown highlighted.
// params: key, props
// columns: key
// mode: write
MERGE (s:Source {key: $key})
SET s += $props
RETURN s.key AS key
