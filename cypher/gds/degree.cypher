// Purpose: degree of every node of the projected graph (edges counted once each, weights ignored). NetworkX's
//   degree_centrality is this degree divided by n - 1.
// Parameters:
//   $graphName: string, a graph projected with cypher/gds/project-*.cypher.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-organizations"}' -f cypher/gds/degree.cypher
//   or in Neo4j Browser: :param graphName => 'ci-organizations' then paste the statement. Project the graph first
//   with one of cypher/gds/project-*.cypher; drop it afterwards with cypher/gds/drop-projection.cypher.
CALL gds.degree.stream($graphName)
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score AS degree
ORDER BY degree DESC, id
