// Purpose: closeness centrality of every node with the Wasserman-Faust correction for disconnected
//   graphs, which is what NetworkX's closeness_centrality computes (unweighted).
// Parameters:
//   $graphName: string, a graph projected with cypher/gds/project-*.cypher.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-organizations"}' -f cypher/gds/closeness.cypher
//   or in Neo4j Browser: :param graphName => 'ci-organizations' then paste the statement. Project the graph first
//   with one of cypher/gds/project-*.cypher; drop it afterwards with cypher/gds/drop-projection.cypher.
CALL gds.closeness.stream($graphName, {useWassermanFaust: true})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score AS closeness
ORDER BY closeness DESC, id
