// Purpose: the articulation points: nodes whose removal would split their component (who, if
//   they left, would split the network). Needs GDS 2.7 or later.
// Parameters:
//   $graphName: string, a graph projected with cypher/gds/project-*.cypher.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-organizations"}' -f cypher/gds/articulation-points.cypher
//   or in Neo4j Browser: :param graphName => 'ci-organizations' then paste the statement. Project the graph first
//   with one of cypher/gds/project-*.cypher; drop it afterwards with cypher/gds/drop-projection.cypher.
CALL gds.articulationPoints.stream($graphName)
YIELD nodeId
RETURN gds.util.asNode(nodeId).id AS id
ORDER BY id
