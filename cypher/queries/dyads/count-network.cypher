// How many per-month summaries and DYADs the state network holds, reported by a rebuild.
// params: -
// columns: months, dyads
// mode: read
CALL { MATCH (m:DyadMonth) RETURN count(m) AS months }
CALL { MATCH ()-[d:DYAD]->() RETURN count(d) AS dyads }
RETURN months, dyads
