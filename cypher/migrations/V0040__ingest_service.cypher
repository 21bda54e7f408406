// The ingest service's own records: jobs (so a restart resumes them), configured sources and the feed items
// already seen (so an item repeated by a feed is ingested once).
CREATE CONSTRAINT ingest_job_id IF NOT EXISTS FOR (n:IngestJob) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ingest_source_id IF NOT EXISTS FOR (n:IngestSource) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT feed_item_key IF NOT EXISTS FOR (n:FeedItem) REQUIRE n.key IS UNIQUE;
CREATE INDEX ingest_job_state IF NOT EXISTS FOR (n:IngestJob) ON (n.state, n.createdAt);
