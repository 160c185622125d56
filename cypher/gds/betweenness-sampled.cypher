// Purpose: approximate betweenness centrality from a seeded sample of source nodes (GDS samplingSize and
//   samplingSeed), for graphs where exact betweenness is too slow. Same scale as betweenness.cypher.
// Parameters:
//   $graphName: string, a graph projected with cypher/gds/project-*.cypher.
//   $samplingSize: integer, how many source nodes to sample.
//   $samplingSeed: integer, the seed that makes the sample repeatable.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-full", samplingSize: 500, samplingSeed: 42}' -f cypher/gds/betweenness-sampled.cypher
//   or in Neo4j Browser: :param graphName => 'ci-full' (and the others) then paste the statement.
CALL gds.betweenness.stream($graphName, {samplingSize: $samplingSize, samplingSeed: $samplingSeed})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score AS betweenness
ORDER BY betweenness DESC, id
