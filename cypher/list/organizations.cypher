// Purpose: one keyset page of organizations in id order, with the goals each has committed to (as [position, id]
//   pairs) and the count of all organizations matching the filter. Every criterion given must hold.
// Parameters:
//   $sectors: list of strings or null, sectors as the format spells them (null: any sector; empty: none).
//   $goals: list of strings or null, organizations committed to any of these goals (null: any; empty: none).
//   $communityLed: boolean or null, the community-led flag to match (null: either).
//   $nameContains: string or null, a case-insensitive substring of the name (null: any name).
//   $after: string or null, return organizations with ids after this one (null: from the start).
//   $limit: integer or null, the most organizations to return (null: all).
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{sectors: ["HEALTH"], goals: null, communityLed: null, nameContains: null, after: null, limit: 10}' -f cypher/list/organizations.cypher
//   or in Neo4j Browser: :param sectors => ['HEALTH'] (and the others) then paste the statement.
MATCH (n:Organization)
WHERE ($sectors IS NULL OR n.sector IN $sectors)
  AND ($goals IS NULL OR EXISTS { (n)-[:COMMITTED_TO]->(g:Goal) WHERE g.id IN $goals })
  AND ($communityLed IS NULL OR n.communityLed = $communityLed)
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
WITH n ORDER BY n.id
WITH collect(n) AS matched
WITH size(matched) AS total, [n IN matched WHERE $after IS NULL OR n.id > $after] AS rest
RETURN total, [n IN CASE WHEN $limit IS NULL THEN rest ELSE rest[..$limit] END | n {
  .*,
  labels: labels(n),
  goals: [(n)-[r:COMMITTED_TO]->(g:Goal) | [r.position, g.id]]
}] AS items
