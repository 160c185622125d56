// Purpose: one snapshot with its stored document (Brotli-compressed canonical JSON, as Base64 text), by the name's
//   key (the name in upper case; names are unique ignoring case). No row when there is none.
// Parameters:
//   $nameKey: string, the snapshot's name in upper case.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{nameKey: "BASELINE 2024"}' -f cypher/snapshot/read.cypher
//   or in Neo4j Browser: :param nameKey => 'BASELINE 2024' then paste the statement.
MATCH (s:Snapshot {nameKey: $nameKey})
RETURN s {.name, .createdAt, .createdBy, .networkVersion, .counts, .documentBytes, .storedBytes, .sha256, .encoding, .document} AS snapshot
