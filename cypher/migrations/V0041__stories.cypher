// Near-duplicate reports of one story: (Source)-[:REPORTS]->(Story); a story's MinHash bands are nodes, so the
// stories that share a band with a new document are found through the band's key.
CREATE CONSTRAINT story_key IF NOT EXISTS FOR (n:Story) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT story_band_key IF NOT EXISTS FOR (n:StoryBand) REQUIRE n.key IS UNIQUE;
