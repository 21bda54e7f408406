// Which of these feed item keys were seen before, so a repeated item is not ingested again.
// params: keys
// columns: key
// mode: read
UNWIND $keys AS key
MATCH (i:FeedItem {key: key})
RETURN i.key AS key
