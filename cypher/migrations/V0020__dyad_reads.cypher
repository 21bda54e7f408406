// Reads whose cost follows the answer (issue 14).
// A pair's events by date: the dyad view seeks one pair and reads its dates in order, in either direction.
CREATE INDEX event_pair_date IF NOT EXISTS FOR (n:Event) ON (n.actorState, n.targetState, n.date);
// The same pair without the date, for its undated events (a composite index holds only nodes with every property).
CREATE INDEX event_pair IF NOT EXISTS FOR (n:Event) ON (n.actorState, n.targetState);
// Per-month summaries of a pair, maintained at ingest: the dyad's timeline and the network of a period read these.
CREATE CONSTRAINT dyad_month_key IF NOT EXISTS FOR (m:DyadMonth) REQUIRE m.key IS UNIQUE;
CREATE INDEX dyad_month_pair IF NOT EXISTS FOR (m:DyadMonth) ON (m.a, m.b, m.month);
CREATE INDEX dyad_month_month IF NOT EXISTS FOR (m:DyadMonth) ON (m.month);
// The network list reads DYADs busiest first straight from this index and stops at the limit.
CREATE INDEX dyad_count IF NOT EXISTS FOR ()-[d:DYAD]-() ON (d.count);
