// Purpose: deletes ties by key: type and key ends (an undirected tie's key has its ends in ordinal order, so either
//   way it was written it is found). Keys that name nothing are ignored.
// Parameters:
//   $keys: list of maps {keyFrom: string, keyTo: string, type: string}, type as the format spells it.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{keys: [{keyFrom: "o-ed", keyTo: "o-health", type: "COLLABORATES"}]}' -f cypher/write/delete-ties.cypher
//   or in Neo4j Browser: :param keys => [{keyFrom: 'o-ed', keyTo: 'o-health', type: 'COLLABORATES'}] then paste.
UNWIND $keys AS key
MATCH (:Node {id: key.keyFrom})-[r]-(:Node {id: key.keyTo})
WHERE type(r) = key.type AND r.keyFrom = key.keyFrom AND r.keyTo = key.keyTo
DELETE r
