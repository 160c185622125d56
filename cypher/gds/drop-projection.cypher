// Purpose: drops a projected graph from Graph Data Science memory (no error when it does not exist).
// Parameters:
//   $graphName: string, the in-memory graph to drop.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-organizations"}' -f cypher/gds/drop-projection.cypher
//   or in Neo4j Browser: :param graphName => 'ci-organizations' then paste the statement.
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName
