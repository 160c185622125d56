// Purpose: the bridges: edges whose removal would split their component. Needs GDS 2.7 or later.
// Parameters:
//   $graphName: string, a graph projected with cypher/gds/project-*.cypher.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-organizations"}' -f cypher/gds/bridges.cypher
//   or in Neo4j Browser: :param graphName => 'ci-organizations' then paste the statement. Project the graph first
//   with one of cypher/gds/project-*.cypher; drop it afterwards with cypher/gds/drop-projection.cypher.
CALL gds.bridges.stream($graphName)
YIELD from AS source, to AS target
RETURN gds.util.asNode(source).id AS fromId, gds.util.asNode(target).id AS toId
ORDER BY fromId, toId
