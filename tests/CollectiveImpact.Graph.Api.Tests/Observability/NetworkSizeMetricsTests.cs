using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Observability;

/// <summary>
/// The network's size gauges against the sample loaded on start (samples/riverbend-thrives.network.json), whose
/// counts the same request reads back through GraphQL.
/// </summary>
[Collection(ObservabilityCollection.Name)]
public sealed class NetworkSizeMetricsTests
{
    [Fact]
    public async Task OnceAVersionWasRead_NodesByKindTiesAndVersionMatchTheNetwork()
    {
        using var factory = new ObservedApiFactory();

        var data = await factory.GraphQL().DataAsync("{ networkVersion organizations(first: 0) { totalCount } ties(first: 0) { totalCount } centrality(measure: DEGREE) { networkVersion } }");
        var metrics = factory.CollectMetrics();

        Assert.Equal(data.GetProperty("organizations").GetProperty("totalCount").GetInt64(),
            Assert.Single(metrics.Points("cig.network.nodes", ("cig.node.kind", "organization"))).GetGaugeLastValueLong());
        Assert.Equal(data.GetProperty("ties").GetProperty("totalCount").GetInt64(), Assert.Single(metrics.Points("cig.network.ties")).GetGaugeLastValueLong());
        Assert.Equal(data.GetProperty("networkVersion").GetInt64(), Assert.Single(metrics.Points("cig.network.version")).GetGaugeLastValueLong());
    }
}
