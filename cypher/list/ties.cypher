// Purpose: one keyset page of ties in key order (key ends, then type; undirected ties are keyed with their ends in
//   ordinal order), with the count of all ties matching the filter.
// Parameters:
//   $types: list of strings or null, tie types as the format spells them (null: any type; empty: none).
//   $nodes: list of strings or null, ties touching any of these ids at either end (null: any; empty: none).
//   $afterFrom: string or null, the key's first end of the tie to start after (null: from the start).
//   $afterTo: string or null, the key's second end of the tie to start after.
//   $afterType: string or null, the type of the tie to start after.
//   $limit: integer or null, the most ties to return (null: all).
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" --param '{types: ["FUNDS"], nodes: null, afterFrom: null, afterTo: null, afterType: null, limit: 10}' -f cypher/list/ties.cypher
//   or in Neo4j Browser: :param types => ['FUNDS'] (and the others) then paste the statement.
MATCH (a:Node)-[r:COLLABORATES|COMMUNICATES|FUNDS|REFERS|SHARES_DATA|FEEDS_INTO]->(b:Node)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($nodes IS NULL OR a.id IN $nodes OR b.id IN $nodes)
WITH a, r, b ORDER BY r.keyFrom, r.keyTo, type(r)
WITH collect({from: a.id, to: b.id, type: type(r), weight: r.weight, since: r.since, until: r.until, keyFrom: r.keyFrom, keyTo: r.keyTo}) AS matched
WITH size(matched) AS total, [t IN matched WHERE $afterFrom IS NULL
  OR t.keyFrom > $afterFrom
  OR (t.keyFrom = $afterFrom AND (t.keyTo > $afterTo OR (t.keyTo = $afterTo AND t.type > $afterType)))] AS rest
RETURN total, CASE WHEN $limit IS NULL THEN rest ELSE rest[..$limit] END AS items
