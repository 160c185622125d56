// Purpose: imports or updates organizations in one UNWIND batch (idempotent MERGE on id), replacing each one's
//   commitments (:Organization)-[:COMMITTED_TO {position}]->(:Goal) with the list given, in its order.
// Parameters:
//   $version: integer, the version this write produces.
//   $rows: list of maps {id, name, sector, communityLed, goals, since, until, position}; sector as the format spells
//     it or null, goals a list of goal ids, since/until dates 'YYYY-MM-DD' or null (joined and left the initiative).
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{version: 1, rows: [{id: "o-ed", name: "Dept of Education", sector: "GOVERNMENT", communityLed: false, goals: ["g-ready"], since: "2020-01-01", until: null, position: 0}]}' -f cypher/write/upsert-organizations.cypher
//   or in Neo4j Browser: :param version => 1, :param rows => [...] then paste the statement.
UNWIND $rows AS row
MERGE (n:Node:Organization {id: row.id})
ON CREATE SET n.createdIn = $version, n.position = row.position
SET n.name = row.name, n.sector = row.sector, n.communityLed = row.communityLed, n.since = date(row.since), n.until = date(row.until)
WITH n, row
OPTIONAL MATCH (n)-[old:COMMITTED_TO]->()
WITH n, row, collect(old) AS stale
FOREACH (r IN stale | DELETE r)
WITH n, row
OPTIONAL MATCH (g:Goal) WHERE g.id IN row.goals
WITH n, row, collect(g) AS goals
FOREACH (g IN goals | CREATE (n)-[:COMMITTED_TO {position: [k IN range(0, size(row.goals) - 1) WHERE row.goals[k] = g.id][0]}]->(g))
