// Purpose: imports or updates activities in one UNWIND batch (idempotent MERGE on id), replacing each one's lead
//   (:Organization)-[:LEADS]->, partners (:Organization)-[:PARTNERS_ON {position}]-> and indicators
//   -[:MOVES {position}]->(:Indicator); populations and places are list properties. Organizations and indicators
//   must be written first.
// Parameters:
//   $version: integer, the version this write produces.
//   $rows: list of maps {id, name, lead, partners, indicators, populations, places, status, start, end, position};
//     lists of strings (populations and places null when empty), status as the format spells it or null, dates
//     'YYYY-MM-DD' or null.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{version: 1, rows: [{id: "a-kindy", name: "Going to Kindy", lead: "o-ed", partners: [], indicators: ["i-kindy"], populations: null, places: null, status: "ACTIVE", start: "2020-02-01", end: null, position: 0}]}' -f cypher/write/upsert-activities.cypher
//   or in Neo4j Browser: :param version => 1, :param rows => [...] then paste the statement.
UNWIND $rows AS row
MERGE (n:Node:Activity {id: row.id})
ON CREATE SET n.createdIn = $version, n.position = row.position
SET n.name = row.name, n.status = row.status, n.start = date(row.start), n.`end` = date(row.`end`),
    n.populations = row.populations, n.places = row.places
WITH n, row
OPTIONAL MATCH (n)-[old:LEADS|PARTNERS_ON|MOVES]-()
WITH n, row, collect(old) AS stale
FOREACH (r IN stale | DELETE r)
WITH n, row
OPTIONAL MATCH (lead:Organization {id: row.lead})
OPTIONAL MATCH (partner:Organization) WHERE partner.id IN row.partners
WITH n, row, lead, collect(partner) AS partners
OPTIONAL MATCH (indicator:Indicator) WHERE indicator.id IN row.indicators
WITH n, row, lead, partners, collect(indicator) AS indicators
FOREACH (o IN CASE WHEN lead IS NULL THEN [] ELSE [lead] END | CREATE (o)-[:LEADS]->(n))
FOREACH (o IN partners | CREATE (o)-[:PARTNERS_ON {position: [k IN range(0, size(row.partners) - 1) WHERE row.partners[k] = o.id][0]}]->(n))
FOREACH (i IN indicators | CREATE (n)-[:MOVES {position: [k IN range(0, size(row.indicators) - 1) WHERE row.indicators[k] = i.id][0]}]->(i))
