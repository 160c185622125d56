// Purpose: the indexes the list queries filter on, beyond those the constraints already create (ids, measurement
//   keys, tie keys): organization sector and community-led flag, activity status, and the snapshot order. Idempotent.
// Parameters: none
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f cypher/schema/indexes.cypher
//   or paste into Neo4j Browser.
CREATE INDEX organization_sector IF NOT EXISTS FOR (n:Organization) ON (n.sector);
CREATE INDEX organization_community_led IF NOT EXISTS FOR (n:Organization) ON (n.communityLed);
CREATE INDEX activity_status IF NOT EXISTS FOR (n:Activity) ON (n.status);
CREATE INDEX node_order IF NOT EXISTS FOR (n:Node) ON (n.createdIn, n.position);
