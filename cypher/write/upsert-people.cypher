// Purpose: imports or updates people in one UNWIND batch (idempotent MERGE on id), replacing each one's
//   (:Person)-[:MEMBER_OF]->(:Organization) reference. Organizations must be written first.
// Parameters:
//   $version: integer, the version this write produces.
//   $rows: list of maps {id, name, organization, role, email, communityMember, since, until, position}; since/until
//     dates 'YYYY-MM-DD' or null (joined and left the initiative).
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{version: 1, rows: [{id: "p-ann", name: "Ann Lee", organization: "o-ed", role: null, email: null, communityMember: false, since: null, until: null, position: 0}]}' -f cypher/write/upsert-people.cypher
//   or in Neo4j Browser: :param version => 1, :param rows => [...] then paste the statement.
UNWIND $rows AS row
MERGE (n:Node:Person {id: row.id})
ON CREATE SET n.createdIn = $version, n.position = row.position
SET n.name = row.name, n.role = row.role, n.email = row.email, n.communityMember = row.communityMember,
  n.since = date(row.since), n.until = date(row.until)
WITH n, row
OPTIONAL MATCH (n)-[old:MEMBER_OF]->()
WITH n, row, collect(old) AS stale
FOREACH (r IN stale | DELETE r)
WITH n, row
MATCH (o:Organization {id: row.organization})
CREATE (n)-[:MEMBER_OF]->(o)
