// Remembers feed items as seen, with the job that ingests them.
// params: keys, sourceId, jobId, now
// columns: items
// mode: write
UNWIND $keys AS key
MERGE (i:FeedItem {key: key})
ON CREATE SET i.sourceId = $sourceId, i.jobId = $jobId, i.firstSeen = $now
RETURN count(i) AS items
