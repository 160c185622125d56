// Purpose: the uniqueness constraints of the network graph. One id space across every kind (:Node), each kind's id
//   unique (its own index for lookups by kind), a measurement unique per indicator and date, a tie unique per type
//   and key ends, the one :NetworkMeta node, and snapshot names (unique ignoring case, by nameKey). Idempotent (IF NOT EXISTS): the adapter runs it on start.
// Parameters: none
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f cypher/schema/constraints.cypher
//   or paste into Neo4j Browser (it runs each statement in turn).
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT goal_id IF NOT EXISTS FOR (n:Goal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measurement_key IF NOT EXISTS FOR (m:Measurement) REQUIRE (m.indicator, m.date) IS UNIQUE;
CREATE CONSTRAINT network_meta_key IF NOT EXISTS FOR (m:NetworkMeta) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT collaborates_key IF NOT EXISTS FOR ()-[r:COLLABORATES]-() REQUIRE (r.keyFrom, r.keyTo) IS UNIQUE;
CREATE CONSTRAINT communicates_key IF NOT EXISTS FOR ()-[r:COMMUNICATES]-() REQUIRE (r.keyFrom, r.keyTo) IS UNIQUE;
CREATE CONSTRAINT funds_key IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE (r.keyFrom, r.keyTo) IS UNIQUE;
CREATE CONSTRAINT refers_key IF NOT EXISTS FOR ()-[r:REFERS]-() REQUIRE (r.keyFrom, r.keyTo) IS UNIQUE;
CREATE CONSTRAINT shares_data_key IF NOT EXISTS FOR ()-[r:SHARES_DATA]-() REQUIRE (r.keyFrom, r.keyTo) IS UNIQUE;
CREATE CONSTRAINT feeds_into_key IF NOT EXISTS FOR ()-[r:FEEDS_INTO]-() REQUIRE (r.keyFrom, r.keyTo) IS UNIQUE;
CREATE CONSTRAINT snapshot_name_key IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.nameKey IS UNIQUE;
