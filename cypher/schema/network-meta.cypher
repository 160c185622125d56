// Purpose: creates the one (:NetworkMeta {key: 'network'}) node that holds the network version (0 for a store never
//   written). Every write locks it first and bumps its version in the same transaction. Idempotent.
// Parameters: none
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f cypher/schema/network-meta.cypher
//   or paste into Neo4j Browser.
MERGE (m:NetworkMeta {key: 'network'})
ON CREATE SET m.version = 0
