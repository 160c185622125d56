// Purpose: imports or updates measurements in one UNWIND batch (idempotent MERGE on indicator and date), replacing
//   each one's (:Measurement)-[:MEASUREMENT_OF]->(:Indicator) and -[:REPORTED_BY]->(:Organization) references.
// Parameters:
//   $version: integer, the version this write produces.
//   $rows: list of maps {indicator, date, value, reportedBy, position}; date 'YYYY-MM-DD', reportedBy an
//     organization id or null.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{version: 1, rows: [{indicator: "i-kindy", date: "2022-06-30", value: 78.5, reportedBy: "o-ed", position: 0}]}' -f cypher/write/upsert-measurements.cypher
//   or in Neo4j Browser: :param version => 1, :param rows => [...] then paste the statement.
UNWIND $rows AS row
MERGE (m:Measurement {indicator: row.indicator, date: date(row.date)})
ON CREATE SET m.createdIn = $version, m.position = row.position
SET m.value = toFloat(row.value)
WITH m, row
OPTIONAL MATCH (m)-[old:MEASUREMENT_OF|REPORTED_BY]->()
WITH m, row, collect(old) AS stale
FOREACH (r IN stale | DELETE r)
WITH m, row
OPTIONAL MATCH (i:Indicator {id: row.indicator})
OPTIONAL MATCH (o:Organization {id: row.reportedBy})
FOREACH (x IN CASE WHEN i IS NULL THEN [] ELSE [i] END | CREATE (m)-[:MEASUREMENT_OF]->(x))
FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (m)-[:REPORTED_BY]->(x))
