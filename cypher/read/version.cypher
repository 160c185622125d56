// Purpose: the network version (0 for a store never written; every write adds one).
// Parameters: none
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f cypher/read/version.cypher
//   or paste into Neo4j Browser.
MATCH (m:NetworkMeta {key: 'network'})
RETURN m.version AS version
