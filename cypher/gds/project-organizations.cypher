// Purpose: projects the ORGANIZATIONS network (network-format.md) into Graph Data Science memory as an undirected
//   graph named $graphName: organizations only; a and b are joined when a tie joins them, when both lead or
//   partner on one activity, or when a person of a has a tie with a person of b. The edge weight counts those
//   distinct connections (each tie once, each shared activity once, each person-to-person tie once).
// Parameters:
//   $graphName: string, the name of the in-memory graph to create (it must not exist yet).
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{graphName: "ci-organizations"}' -f cypher/gds/project-organizations.cypher
//   or in Neo4j Browser: :param graphName => 'ci-organizations' then paste the statement. Needs the GDS plugin (2.4+) and
//   Neo4j 5.23+ (the subquery's empty scope clause, CALL () { … }, which replaced the deprecated bare CALL { … }).
CALL () {
  MATCH (a:Organization)
  RETURN a, null AS b, null AS connection
  UNION
  MATCH (a:Organization)-[t:COLLABORATES|COMMUNICATES|FUNDS|REFERS|SHARES_DATA]-(b:Organization)
  WHERE elementId(a) < elementId(b)
  RETURN a, b, elementId(t) AS connection
  UNION
  MATCH (a:Organization)-[:LEADS|PARTNERS_ON]->(x:Activity)<-[:LEADS|PARTNERS_ON]-(b:Organization)
  WHERE elementId(a) < elementId(b)
  RETURN a, b, elementId(x) AS connection
  UNION
  MATCH (a:Organization)<-[:MEMBER_OF]-(:Person)-[t:COMMUNICATES]-(:Person)-[:MEMBER_OF]->(b:Organization)
  WHERE elementId(a) < elementId(b)
  RETURN a, b, elementId(t) AS connection
}
WITH a, b, count(DISTINCT connection) AS connections
WITH gds.graph.project(
  $graphName, a, b,
  CASE WHEN b IS NULL THEN {} ELSE {relationshipProperties: {weight: toFloat(connections)}} END,
  {undirectedRelationshipTypes: ['*']}
) AS graph
RETURN graph.graphName AS graphName, graph.nodeCount AS nodeCount, graph.relationshipCount AS relationshipCount
