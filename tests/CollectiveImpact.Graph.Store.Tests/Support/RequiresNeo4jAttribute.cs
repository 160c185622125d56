namespace CollectiveImpact.Graph.Store.Tests.Support;

/// <summary>
/// Marks a test class whose [StoreFact]/[StoreTheory] tests need a Neo4j server: they are skipped, with
/// <see cref="Neo4jTestServer.SkipReason"/>, when there is neither a Docker engine nor NEO4J_URI.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresNeo4jAttribute : Attribute;
