// Every pair that has a per-month summary, for a full rebuild of the DYADs from them.
// params: -
// columns: a, b
// mode: read
MATCH (m:DyadMonth)
RETURN DISTINCT m.a AS a, m.b AS b
