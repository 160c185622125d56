// Purpose: removes the whole stored network (every node of every kind, every measurement, with all their
//   relationships) so a Replace write can import a document in its place. Leaves (:NetworkMeta) alone.
// Parameters: none
// Run: inside a Replace write's transaction (the adapter does this). By hand on a test database only:
//   cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f cypher/write/clear-network.cypher
MATCH (n)
WHERE n:Node OR n:Measurement
DETACH DELETE n
