// Purpose: opens every write: takes the write lock on the (:NetworkMeta) node (by setting a property, as the Cypher
//   manual advises against lost updates) and then reads the version, so the version read is the latest committed
//   and no other write can commit until this transaction ends. set-version.cypher releases the marker.
// Parameters: none
// Run: only inside an explicit transaction, before the write's other statements (the adapter does this); on its
//   own in cypher-shell it just locks and unlocks: cypher-shell ... -f cypher/write/lock-network.cypher
MATCH (m:NetworkMeta {key: 'network'})
SET m._lock = true
WITH m
RETURN m.version AS version
