// Gives the graph a new version stamp after a write, so caches of what is derived from the graph (the state
// network) know it changed, whichever process wrote. A random stamp, not a counter: emptying the graph
// deletes the node, and a counter starting again would repeat an old version.
// params: -
// columns: -
// mode: write
MERGE (v:__GraphVersion {id: 'graph'})
SET v.stamp = randomUUID()
