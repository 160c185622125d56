// Purpose: the initiative (at most one) with its backbone organization's id.
// Parameters: none
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f cypher/read/initiative.cypher
//   or paste into Neo4j Browser.
MATCH (n:Initiative)
RETURN n {
  .*,
  labels: labels(n),
  backbone: [(n)-[:BACKBONE]->(o:Organization) | o.id][0]
} AS node
LIMIT 1
