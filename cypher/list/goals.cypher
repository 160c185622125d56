// Purpose: one keyset page of goals in id order, with the count of all goals matching the filter.
// Parameters:
//   $nameContains: string or null, a case-insensitive substring of the name (null: any name).
//   $after: string or null, return goals with ids after this one (null: from the start).
//   $limit: integer or null, the most goals to return (null: all).
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{nameContains: "ready", after: null, limit: 10}' -f cypher/list/goals.cypher
//   or in Neo4j Browser: :param nameContains => 'ready' (and the others) then paste the statement.
MATCH (n:Goal)
WHERE $nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains)
WITH n ORDER BY n.id
WITH collect(n) AS matched
WITH size(matched) AS total, [n IN matched WHERE $after IS NULL OR n.id > $after] AS rest
RETURN total, [n IN CASE WHEN $limit IS NULL THEN rest ELSE rest[..$limit] END | n {.*, labels: labels(n)}] AS items
