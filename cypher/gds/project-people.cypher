// Purpose: projects the PEOPLE network (network-format.md) into Graph Data Science memory as an undirected graph
//   named $graphName: people only, joined by their ties (COMMUNICATES), weight 1 per tie.
// Parameters:
//   $graphName: string, the name of the in-memory graph to create (it must not exist yet).
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-people"}' -f cypher/gds/project-people.cypher
//   or in Neo4j Browser: :param graphName => 'ci-people' then paste the statement. Needs the GDS plugin (2.4+).
MATCH (a:Person)
OPTIONAL MATCH (a)-[t:COMMUNICATES]-(b:Person)
WHERE elementId(a) < elementId(b)
WITH a, b, count(t) AS connections
WITH gds.graph.project(
  $graphName, a, b,
  CASE WHEN b IS NULL THEN {} ELSE {relationshipProperties: {weight: toFloat(connections)}} END,
  {undirectedRelationshipTypes: ['*']}
) AS graph
RETURN graph.graphName AS graphName, graph.nodeCount AS nodeCount, graph.relationshipCount AS relationshipCount
