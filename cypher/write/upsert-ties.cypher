// Purpose: imports or updates ties in one UNWIND batch. A tie is identified by its type and key ends (keyFrom,
//   keyTo: an undirected tie's ends in ordinal order); it is stored as a relationship of its type in the direction
//   given, so an undirected tie given the other way round replaces the stored one and keeps its snapshot place.
//   Relationship types cannot be parameters in Cypher 5, so each type has its own fixed CREATE branch.
// Parameters:
//   $version: integer, the version this write produces.
//   $rows: list of maps {from, to, type, keyFrom, keyTo, weight, since, until, position}; type as the format spells
//     it, dates 'YYYY-MM-DD' or null, weight a number or null.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{version: 1, rows: [{from: "o-ed", to: "o-x", type: "COLLABORATES", keyFrom: "o-ed", keyTo: "o-x", weight: 3, since: "2020-01-01", until: null, position: 0}]}' -f cypher/write/upsert-ties.cypher
//   or in Neo4j Browser: :param version => 1, :param rows => [...] then paste the statement.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
OPTIONAL MATCH (a)-[old]-(b)
WHERE type(old) = row.type AND old.keyFrom = row.keyFrom AND old.keyTo = row.keyTo
WITH a, b, row, old, coalesce(old.createdIn, $version) AS createdIn, coalesce(old.position, row.position) AS position
FOREACH (r IN CASE WHEN old IS NULL THEN [] ELSE [old] END | DELETE r)
WITH a, b, row, {keyFrom: row.keyFrom, keyTo: row.keyTo, weight: toFloat(row.weight), since: date(row.since), until: date(row.until), createdIn: createdIn, position: position} AS properties
FOREACH (_ IN CASE WHEN row.type = 'COLLABORATES' THEN [1] ELSE [] END | CREATE (a)-[r:COLLABORATES]->(b) SET r = properties)
FOREACH (_ IN CASE WHEN row.type = 'COMMUNICATES' THEN [1] ELSE [] END | CREATE (a)-[r:COMMUNICATES]->(b) SET r = properties)
FOREACH (_ IN CASE WHEN row.type = 'FUNDS' THEN [1] ELSE [] END | CREATE (a)-[r:FUNDS]->(b) SET r = properties)
FOREACH (_ IN CASE WHEN row.type = 'REFERS' THEN [1] ELSE [] END | CREATE (a)-[r:REFERS]->(b) SET r = properties)
FOREACH (_ IN CASE WHEN row.type = 'SHARES_DATA' THEN [1] ELSE [] END | CREATE (a)-[r:SHARES_DATA]->(b) SET r = properties)
FOREACH (_ IN CASE WHEN row.type = 'FEEDS_INTO' THEN [1] ELSE [] END | CREATE (a)-[r:FEEDS_INTO]->(b) SET r = properties)
