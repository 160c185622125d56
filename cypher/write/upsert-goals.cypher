// Purpose: imports or updates goals, one UNWIND batch of rows at a time (idempotent MERGE on id). A new goal records
//   the version and position it was first written at, which is its place in the snapshot; an update keeps them.
// Parameters:
//   $version: integer, the version this write produces.
//   $rows: list of maps {id, name, description, position}; position is the row's index in the document's goals.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{version: 1, rows: [{id: "g-ready", name: "Children ready for school", description: null, position: 0}]}' -f cypher/write/upsert-goals.cypher
//   or in Neo4j Browser: :param version => 1, :param rows => [...] then paste the statement.
UNWIND $rows AS row
MERGE (n:Node:Goal {id: row.id})
ON CREATE SET n.createdIn = $version, n.position = row.position
SET n.name = row.name, n.description = row.description
