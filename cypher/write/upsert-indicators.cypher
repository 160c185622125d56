// Purpose: imports or updates indicators in one UNWIND batch (idempotent MERGE on id), replacing each one's
//   (:Indicator)-[:MEASURES]->(:Goal) reference. Goals must be written first (the adapter writes kinds in order).
// Parameters:
//   $version: integer, the version this write produces.
//   $rows: list of maps {id, name, goal, unit, direction, baselineValue, baselineDate, targetValue, targetDate,
//     position}; dates as 'YYYY-MM-DD' or null, direction as the format spells it.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{version: 1, rows: [{id: "i-kindy", name: "Kindy enrolment", goal: "g-ready", unit: "%", direction: "INCREASE", baselineValue: 72.0, baselineDate: "2019-01-01", targetValue: null, targetDate: null, position: 0}]}' -f cypher/write/upsert-indicators.cypher
//   or in Neo4j Browser: :param version => 1, :param rows => [...] then paste the statement.
UNWIND $rows AS row
MERGE (n:Node:Indicator {id: row.id})
ON CREATE SET n.createdIn = $version, n.position = row.position
SET n.name = row.name, n.unit = row.unit, n.direction = row.direction,
    n.baselineValue = toFloat(row.baselineValue), n.baselineDate = date(row.baselineDate),
    n.targetValue = toFloat(row.targetValue), n.targetDate = date(row.targetDate)
WITH n, row
OPTIONAL MATCH (n)-[old:MEASURES]->()
WITH n, row, collect(old) AS stale
FOREACH (r IN stale | DELETE r)
WITH n, row
MATCH (g:Goal {id: row.goal})
CREATE (n)-[:MEASURES]->(g)
