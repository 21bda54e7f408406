// Deletes every relationship in batches, before admin/delete-all deletes the nodes: a state with a hundred thousand
// events would otherwise be detached in one inner transaction, past a per-transaction memory limit well below the heap.
// params: -
// columns: -
// mode: write
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
