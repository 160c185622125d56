// Purpose: the nodes (of any kind) with the given ids, with the references they own; ids that name nothing are
//   left out. Same row shape as all-nodes.cypher; the adapter puts them in the order asked for.
// Parameters:
//   $ids: list of strings, the ids to look up.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{ids: ["o-ed", "g-ready"]}' -f cypher/read/nodes-by-id.cypher
//   or in Neo4j Browser: :param ids => ['o-ed', 'g-ready'] then paste the statement.
MATCH (n:Node)
WHERE n.id IN $ids
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
