// Purpose: one keyset page of activities in id order, with their lead, partners and indicators (lists as
//   [position, id] pairs) and the count of all activities matching the filter. Every criterion given must hold.
// Parameters:
//   $goals: list of strings or null, activities moving an indicator of any of these goals (null: any; empty: none).
//   $indicators: list of strings or null, activities moving any of these indicators (null: any; empty: none).
//   $statuses: list of strings or null, statuses as the format spells them (null: any; empty: none).
//   $organizations: list of strings or null, activities led or partnered by any of these (null: any; empty: none).
//   $nameContains: string or null, a case-insensitive substring of the name (null: any name).
//   $after: string or null, return activities with ids after this one (null: from the start).
//   $limit: integer or null, the most activities to return (null: all).
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{goals: null, indicators: null, statuses: ["ACTIVE"], organizations: ["o-ed"], nameContains: null, after: null, limit: 10}' -f cypher/list/activities.cypher
//   or in Neo4j Browser: :param statuses => ['ACTIVE'] (and the others) then paste the statement.
MATCH (n:Activity)
WHERE ($goals IS NULL OR EXISTS { (n)-[:MOVES]->(:Indicator)-[:MEASURES]->(g:Goal) WHERE g.id IN $goals })
  AND ($indicators IS NULL OR EXISTS { (n)-[:MOVES]->(i:Indicator) WHERE i.id IN $indicators })
  AND ($statuses IS NULL OR n.status IN $statuses)
  AND ($organizations IS NULL OR EXISTS { (o:Organization)-[:LEADS|PARTNERS_ON]->(n) WHERE o.id IN $organizations })
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
WITH n ORDER BY n.id
WITH collect(n) AS matched
WITH size(matched) AS total, [n IN matched WHERE $after IS NULL OR n.id > $after] AS rest
RETURN total, [n IN CASE WHEN $limit IS NULL THEN rest ELSE rest[..$limit] END | n {
  .*,
  labels: labels(n),
  lead: [(o:Organization)-[:LEADS]->(n) | o.id][0],
  partners: [(o:Organization)-[r:PARTNERS_ON]->(n) | [r.position, o.id]],
  indicators: [(n)-[r:MOVES]->(i:Indicator) | [r.position, i.id]]
}] AS items
