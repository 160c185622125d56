// Purpose: local clustering coefficient of every node (the share of its neighbour pairs
//   that are joined), as NetworkX's clustering computes it unweighted.
// Parameters:
//   $graphName: string, a graph projected with cypher/gds/project-*.cypher.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-organizations"}' -f cypher/gds/local-clustering-coefficient.cypher
//   or in Neo4j Browser: :param graphName => 'ci-organizations' then paste the statement. Project the graph first
//   with one of cypher/gds/project-*.cypher; drop it afterwards with cypher/gds/drop-projection.cypher.
CALL gds.localClusteringCoefficient.stream($graphName)
YIELD nodeId, localClusteringCoefficient
RETURN gds.util.asNode(nodeId).id AS id, localClusteringCoefficient
ORDER BY localClusteringCoefficient DESC, id
