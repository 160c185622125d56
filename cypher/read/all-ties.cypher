// Purpose: every tie (COLLABORATES, COMMUNICATES, FUNDS, REFERS, SHARES_DATA, FEEDS_INTO), in the order first written
//   (document order), each with its ends as given (an undirected tie keeps the direction it was written in).
// Parameters: none
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f cypher/read/all-ties.cypher
//   or paste into Neo4j Browser.
MATCH (a:Node)-[r:COLLABORATES|COMMUNICATES|FUNDS|REFERS|SHARES_DATA|FEEDS_INTO]->(b:Node)
RETURN {from: a.id, to: b.id, type: type(r), weight: r.weight, since: r.since, until: r.until} AS tie
ORDER BY r.createdIn, r.position
