// Purpose: the measurements of the given indicators, ordered by indicator then date.
// Parameters:
//   $indicators: list of strings, indicator ids.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{indicators: ["i-kindy"]}' -f cypher/read/measurements-of-indicators.cypher
//   or in Neo4j Browser: :param indicators => ['i-kindy'] then paste the statement.
MATCH (m:Measurement)
WHERE m.indicator IN $indicators
RETURN m {
  .indicator, .date, .value,
  reportedBy: [(m)-[:REPORTED_BY]->(o:Organization) | o.id][0]
} AS measurement
ORDER BY m.indicator, m.date
