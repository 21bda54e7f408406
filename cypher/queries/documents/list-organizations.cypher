// Every organization with its names, so articles can mention the bodies the graph knows.
// params: -
// columns: key, name, aliases, kind, state, parent, source
// mode: read
MATCH (o:Organization)
RETURN o.key AS key, o.name AS name, coalesce(o.aliases, []) AS aliases, coalesce(o.kind, 'other') AS kind,
       o.state AS state, o.parent AS parent, coalesce(o.source, 'graph') AS source
