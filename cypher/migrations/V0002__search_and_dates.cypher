// Full-text search over names and aliases (searchText joins the aliases into one string).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:State|Leader|Organization|Sanction) ON EACH [n.name, n.searchText];
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_root IF NOT EXISTS FOR (n:Event) ON (n.root);
CREATE INDEX message_date IF NOT EXISTS FOR (n:Message) ON (n.date);
CREATE INDEX source_hash IF NOT EXISTS FOR (n:Source) ON (n.hash);
