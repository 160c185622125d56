using Xunit.Sdk;

namespace CollectiveImpact.Graph.Store.Tests.Support;

/// <summary>
/// A <see cref="FactAttribute"/> for tests that need a store's backing server. It runs like [Fact], except on a test
/// class marked <see cref="RequiresNeo4jAttribute"/> while no Neo4j can be had: then each test is reported SKIPPED
/// with the reason. xUnit 2 has no skip decided at run time, and the contract suite's tests are inherited (their
/// attributes are the base class's), so the decision is made at discovery, where the discoverer sees the concrete
/// test class: see <see cref="StoreTestDiscoverer"/>.
/// </summary>
[XunitTestCaseDiscoverer("CollectiveImpact.Graph.Store.Tests.Support.StoreFactDiscoverer", "CollectiveImpact.Graph.Store.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
