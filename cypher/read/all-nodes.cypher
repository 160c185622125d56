// Purpose: every node of the network (initiative, goals, indicators, organizations, people, activities) with the
//   references it owns, in the order entries were first written (document order), for the whole-network snapshot.
//   Owned lists come as [position, id] pairs; the adapter orders them by position.
// Parameters: none
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f cypher/read/all-nodes.cypher
//   or paste into Neo4j Browser.
MATCH (n:Node)
RETURN n {
  .*,
  labels: labels(n),
  goal: [(n)-[:MEASURES]->(g:Goal) | g.id][0],
  goals: [(n)-[r:COMMITTED_TO]->(g:Goal) | [r.position, g.id]],
  organization: [(n)-[:MEMBER_OF]->(o:Organization) | o.id][0],
  lead: [(o:Organization)-[:LEADS]->(n) | o.id][0],
  partners: [(o:Organization)-[r:PARTNERS_ON]->(n) | [r.position, o.id]],
  indicators: [(n)-[r:MOVES]->(i:Indicator) | [r.position, i.id]],
  backbone: [(n)-[:BACKBONE]->(o:Organization) | o.id][0]
} AS node
ORDER BY n.createdIn, n.position
