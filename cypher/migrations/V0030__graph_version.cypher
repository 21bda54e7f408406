// One version node that every write renews (see admin/bump-graph-version): a unique key, so concurrent MERGEs make one node.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:__GraphVersion) REQUIRE n.id IS UNIQUE;
