// Purpose: every snapshot's description (never its document), oldest first. Snapshots are (:Snapshot) nodes outside
//   the network graph: no :Node label, no relationships, untouched by network writes and clear-network.cypher.
// Parameters: none
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f cypher/snapshot/list.cypher
//   or paste into Neo4j Browser.
MATCH (s:Snapshot)
RETURN s {.name, .createdAt, .createdBy, .networkVersion, .counts, .documentBytes, .storedBytes, .sha256} AS snapshot
ORDER BY s.createdAt, s.name
