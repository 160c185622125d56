// Purpose: eigenvector centrality of every node, L2-normalized as NetworkX's eigenvector_centrality
//   reports it; unweighted.
// Parameters:
//   $graphName: string, a graph projected with cypher/gds/project-*.cypher.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-organizations"}' -f cypher/gds/eigenvector.cypher
//   or in Neo4j Browser: :param graphName => 'ci-organizations' then paste the statement. Project the graph first
//   with one of cypher/gds/project-*.cypher; drop it afterwards with cypher/gds/drop-projection.cypher.
CALL gds.eigenvector.stream($graphName, {maxIterations: 100, tolerance: 1.0E-6, scaler: 'L2Norm'})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score AS eigenvector
ORDER BY eigenvector DESC, id
