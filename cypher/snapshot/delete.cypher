// Purpose: deletes one snapshot by the name's key (the name in upper case); answers how many were deleted (0 or 1).
// Parameters:
//   $nameKey: string, the snapshot's name in upper case.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{nameKey: "BASELINE 2024"}' -f cypher/snapshot/delete.cypher
//   or in Neo4j Browser: :param nameKey => 'BASELINE 2024' then paste the statement.
OPTIONAL MATCH (s:Snapshot {nameKey: $nameKey})
WITH collect(s) AS found
FOREACH (s IN found | DELETE s)
RETURN size(found) AS deleted
