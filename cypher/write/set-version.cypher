// Purpose: ends every write: records the new network version on the (:NetworkMeta) node and removes the lock marker
//   set by lock-network.cypher, in the same transaction as the write's changes.
// Parameters:
//   $version: integer, the new network version (the locked version plus one).
// Run: only inside the write's explicit transaction (the adapter does this). By hand, to repair a version:
//   cypher-shell ... --param '{version: 7}' -f cypher/write/set-version.cypher
MATCH (m:NetworkMeta {key: 'network'})
SET m.version = $version
REMOVE m._lock
RETURN m.version AS version
