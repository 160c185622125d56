// Purpose: one keyset page of indicators in id order, with the count of all indicators matching the filter.
// Parameters:
//   $goals: list of strings or null, indicators measuring any of these goals (null: any goal; empty: none).
//   $nameContains: string or null, a case-insensitive substring of the name (null: any name).
//   $after: string or null, return indicators with ids after this one (null: from the start).
//   $limit: integer or null, the most indicators to return (null: all).
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{goals: ["g-ready"], nameContains: null, after: null, limit: 10}' -f cypher/list/indicators.cypher
//   or in Neo4j Browser: :param goals => ['g-ready'] (and the others) then paste the statement.
MATCH (n:Indicator)
WHERE ($goals IS NULL OR EXISTS { (n)-[:MEASURES]->(g:Goal) WHERE g.id IN $goals })
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
WITH n ORDER BY n.id
WITH collect(n) AS matched
WITH size(matched) AS total, [n IN matched WHERE $after IS NULL OR n.id > $after] AS rest
RETURN total, [n IN CASE WHEN $limit IS NULL THEN rest ELSE rest[..$limit] END | n {
  .*,
  labels: labels(n),
  goal: [(n)-[:MEASURES]->(g:Goal) | g.id][0]
}] AS items
