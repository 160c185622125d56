// Purpose: exact betweenness centrality (Brandes) of every node, unweighted, as GDS reports it
//   (not normalized). NetworkX's normalized value for an undirected graph of n nodes divides the pair-count by
//   (n - 1)(n - 2) / 2. Exact betweenness is O(n m): for very large graphs use betweenness-sampled.cypher.
// Parameters:
//   $graphName: string, a graph projected with cypher/gds/project-*.cypher.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-organizations"}' -f cypher/gds/betweenness.cypher
//   or in Neo4j Browser: :param graphName => 'ci-organizations' then paste the statement. Project the graph first
//   with one of cypher/gds/project-*.cypher; drop it afterwards with cypher/gds/drop-projection.cypher.
CALL gds.betweenness.stream($graphName)
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score AS betweenness
ORDER BY betweenness DESC, id
