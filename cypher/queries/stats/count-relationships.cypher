// Counts relationships per type.
// params: -
// columns: type, count
// mode: read
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
