// Purpose: PageRank of every node with damping 0.85 (NetworkX's alpha), scaled to sum to 1 (L1) as
//   NetworkX reports it; unweighted.
// Parameters:
//   $graphName: string, a graph projected with cypher/gds/project-*.cypher.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-organizations"}' -f cypher/gds/pagerank.cypher
//   or in Neo4j Browser: :param graphName => 'ci-organizations' then paste the statement. Project the graph first
//   with one of cypher/gds/project-*.cypher; drop it afterwards with cypher/gds/drop-projection.cypher.
CALL gds.pageRank.stream($graphName, {dampingFactor: 0.85, maxIterations: 100, tolerance: 1.0E-8, scaler: 'L1Norm'})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score AS pageRank
ORDER BY pageRank DESC, id
