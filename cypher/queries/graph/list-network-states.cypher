// Every state as a node of the state network, with its coordinates.
// params: -
// columns: state
// mode: read
MATCH (s:State)
RETURN s {.uid, .code, .name, .region, .subregion, .lat, .lon} AS state
