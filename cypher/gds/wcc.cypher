// Purpose: the connected components (weakly connected components; the projections are undirected, so these
//   are the components): each node with its component id.
// Parameters:
//   $graphName: string, a graph projected with cypher/gds/project-*.cypher.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-organizations"}' -f cypher/gds/wcc.cypher
//   or in Neo4j Browser: :param graphName => 'ci-organizations' then paste the statement. Project the graph first
//   with one of cypher/gds/project-*.cypher; drop it afterwards with cypher/gds/drop-projection.cypher.
CALL gds.wcc.stream($graphName)
YIELD nodeId, componentId
RETURN gds.util.asNode(nodeId).id AS id, componentId
ORDER BY componentId, id
