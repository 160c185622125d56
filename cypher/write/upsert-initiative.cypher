// Purpose: imports or updates the initiative. The network has one: an initiative with another id is removed first.
//   Replaces its (:Initiative)-[:BACKBONE]->(:Organization) reference. Organizations must be written first.
// Parameters:
//   $version: integer, the version this write produces.
//   $row: map {id, name, backbone, description}; backbone an organization id or null.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{version: 1, row: {id: "logan", name: "Logan Together", backbone: "o-backbone", description: null}}' -f cypher/write/upsert-initiative.cypher
//   or in Neo4j Browser: :param version => 1, :param row => {...} then paste the statement.
OPTIONAL MATCH (other:Initiative)
WHERE other.id <> $row.id
WITH collect(other) AS others
FOREACH (x IN others | DETACH DELETE x)
MERGE (n:Node:Initiative {id: $row.id})
ON CREATE SET n.createdIn = $version, n.position = 0
SET n.name = $row.name, n.description = $row.description
WITH n
OPTIONAL MATCH (n)-[old:BACKBONE]->()
WITH n, collect(old) AS stale
FOREACH (r IN stale | DELETE r)
WITH n
OPTIONAL MATCH (o:Organization {id: $row.backbone})
FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (n)-[:BACKBONE]->(x))
