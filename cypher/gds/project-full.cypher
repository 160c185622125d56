// Purpose: projects the FULL network (network-format.md, "Projections used by the analyses") into Graph Data
//   Science memory as an undirected graph named $graphName: every goal, indicator, organization, person and
//   activity is a node (the initiative is not); every tie and every reference between them (membership, lead,
//   partner, indicator moved, goal measured, goal committed to) is an edge; parallel edges collapse to one whose
//   weight counts the relationships it collapses. For networks too large for the service's memory.
// Parameters:
//   $graphName: string, the name of the in-memory graph to create (it must not exist yet).
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-full"}' -f cypher/gds/project-full.cypher
//   or in Neo4j Browser: :param graphName => 'ci-full' then paste the statement. Needs the GDS plugin (2.4+).
MATCH (n:Node)
WHERE NOT n:Initiative
OPTIONAL MATCH (n)-[r]-(m:Node)
WHERE NOT m:Initiative AND elementId(n) < elementId(m)
WITH n, m, count(r) AS connections
WITH gds.graph.project(
  $graphName, n, m,
  CASE WHEN m IS NULL THEN {} ELSE {relationshipProperties: {weight: toFloat(connections)}} END,
  {undirectedRelationshipTypes: ['*']}
) AS graph
RETURN graph.graphName AS graphName, graph.nodeCount AS nodeCount, graph.relationshipCount AS relationshipCount
