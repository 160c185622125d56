// Purpose: one keyset page of people in id order, with the count of all people matching the filter.
// Parameters:
//   $organizations: list of strings or null, members of any of these organizations (null: anyone; empty: none).
//   $nameContains: string or null, a case-insensitive substring of the name (null: any name).
//   $after: string or null, return people with ids after this one (null: from the start).
//   $limit: integer or null, the most people to return (null: all).
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{organizations: ["o-ed"], nameContains: null, after: null, limit: 10}' -f cypher/list/people.cypher
//   or in Neo4j Browser: :param organizations => ['o-ed'] (and the others) then paste the statement.
MATCH (n:Person)
WHERE ($organizations IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(o:Organization) WHERE o.id IN $organizations })
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
WITH n ORDER BY n.id
WITH collect(n) AS matched
WITH size(matched) AS total, [n IN matched WHERE $after IS NULL OR n.id > $after] AS rest
RETURN total, [n IN CASE WHEN $limit IS NULL THEN rest ELSE rest[..$limit] END | n {
  .*,
  labels: labels(n),
  organization: [(n)-[:MEMBER_OF]->(o:Organization) | o.id][0]
}] AS items
