// Drops up to 10,000 DYADs; a full rebuild repeats it until none is left, each in its own transaction.
// params: -
// columns: deleted
// mode: write
MATCH ()-[d:DYAD]->()
WITH d LIMIT 10000
DELETE d
RETURN count(*) AS deleted
