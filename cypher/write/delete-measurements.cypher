// Purpose: deletes measurements by key (indicator and date). Keys that name nothing are ignored.
// Parameters:
//   $keys: list of maps {indicator: string, date: string 'YYYY-MM-DD'}.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{keys: [{indicator: "i-kindy", date: "2021-06-30"}]}' -f cypher/write/delete-measurements.cypher
//   or in Neo4j Browser: :param keys => [{indicator: 'i-kindy', date: '2021-06-30'}] then paste the statement.
UNWIND $keys AS key
MATCH (m:Measurement {indicator: key.indicator, date: date(key.date)})
DETACH DELETE m
