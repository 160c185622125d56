namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>The names of the <c>cypher/</c> files the store runs, in one place so a rename breaks the build, not production.</summary>
internal static class CypherFiles
{
    public const string Constraints = "schema/constraints.cypher";
    public const string Indexes = "schema/indexes.cypher";
    public const string NetworkMeta = "schema/network-meta.cypher";

    public const string Version = "read/version.cypher";
    public const string AllNodes = "read/all-nodes.cypher";
    public const string NodesById = "read/nodes-by-id.cypher";
    public const string Initiative = "read/initiative.cypher";
    public const string AllMeasurements = "read/all-measurements.cypher";
    public const string MeasurementsOfIndicators = "read/measurements-of-indicators.cypher";
    public const string AllTies = "read/all-ties.cypher";

    public const string ListGoals = "list/goals.cypher";
    public const string ListIndicators = "list/indicators.cypher";
    public const string ListOrganizations = "list/organizations.cypher";
    public const string ListPeople = "list/people.cypher";
    public const string ListActivities = "list/activities.cypher";
    public const string ListTies = "list/ties.cypher";

    public const string LockNetwork = "write/lock-network.cypher";
    public const string SetVersion = "write/set-version.cypher";
    public const string ClearNetwork = "write/clear-network.cypher";
    public const string DeleteNodes = "write/delete-nodes.cypher";
    public const string DeleteTies = "write/delete-ties.cypher";
    public const string DeleteMeasurements = "write/delete-measurements.cypher";
    public const string UpsertGoals = "write/upsert-goals.cypher";
    public const string UpsertIndicators = "write/upsert-indicators.cypher";
    public const string UpsertOrganizations = "write/upsert-organizations.cypher";
    public const string UpsertPeople = "write/upsert-people.cypher";
    public const string UpsertActivities = "write/upsert-activities.cypher";
    public const string UpsertInitiative = "write/upsert-initiative.cypher";
    public const string UpsertMeasurements = "write/upsert-measurements.cypher";
    public const string UpsertTies = "write/upsert-ties.cypher";

    public const string ListSnapshots = "snapshot/list.cypher";
    public const string ReadSnapshot = "snapshot/read.cypher";
    public const string SaveSnapshot = "snapshot/save.cypher";
    public const string DeleteSnapshot = "snapshot/delete.cypher";

    /// <summary>The schema files, applied in this order on start.</summary>
    public static IReadOnlyList<string> Schema { get; } = [Constraints, Indexes, NetworkMeta];
}
