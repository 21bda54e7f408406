// Every state's code, for a full rebuild of the network one actor state at a time.
// params: -
// columns: code
// mode: read
MATCH (s:State)
RETURN s.code AS code
ORDER BY code
