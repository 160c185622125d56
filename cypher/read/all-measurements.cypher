// Purpose: every measurement, in the order first written (document order), for the whole-network snapshot.
// Parameters: none
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f cypher/read/all-measurements.cypher
//   or paste into Neo4j Browser.
MATCH (m:Measurement)
RETURN m {
  .indicator, .date, .value,
  reportedBy: [(m)-[:REPORTED_BY]->(o:Organization) | o.id][0]
} AS measurement
ORDER BY m.createdIn, m.position
