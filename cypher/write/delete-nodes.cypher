// Purpose: deletes nodes by id, with every relationship touching them (their ties and references) and, for an
//   indicator, its measurements. Ids that name nothing are ignored.
// Parameters:
//   $ids: list of strings, the ids to delete.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{ids: ["o-biz"]}' -f cypher/write/delete-nodes.cypher
//   or in Neo4j Browser: :param ids => ['o-biz'] then paste the statement. The adapter validates first.
UNWIND $ids AS id
MATCH (n:Node {id: id})
OPTIONAL MATCH (m:Measurement)-[:MEASUREMENT_OF]->(n)
WITH n, collect(m) AS measurements
FOREACH (m IN measurements | DETACH DELETE m)
DETACH DELETE n
