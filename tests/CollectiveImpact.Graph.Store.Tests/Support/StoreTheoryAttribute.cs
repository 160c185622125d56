using Xunit.Sdk;

namespace CollectiveImpact.Graph.Store.Tests.Support;

/// <summary>The <see cref="TheoryAttribute"/> counterpart of <see cref="StoreFactAttribute"/>: one SKIPPED entry when no server can be had.</summary>
[XunitTestCaseDiscoverer("CollectiveImpact.Graph.Store.Tests.Support.StoreTheoryDiscoverer", "CollectiveImpact.Graph.Store.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : TheoryAttribute;
