// Stories sharing at least one MinHash band with a new document, with their signatures to compare in full.
// params: bands
// columns: key, signature
// mode: read
UNWIND $bands AS band
MATCH (:StoryBand {key: band})<-[:IN_BAND]-(st:Story)
WITH DISTINCT st LIMIT 500
RETURN st.key AS key, st.signature AS signature
