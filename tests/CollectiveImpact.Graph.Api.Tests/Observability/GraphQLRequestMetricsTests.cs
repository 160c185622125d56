using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Observability;

/// <summary><c>cig.graphql.requests</c> and <c>cig.graphql.request.duration</c>, read from the in-memory exporter of a host of each test's own.</summary>
[Collection(ObservabilityCollection.Name)]
public sealed class GraphQLRequestMetricsTests
{
    [Fact]
    public async Task Requests_AreCountedAndTimedByOperationTypeNameAndOutcome()
    {
        using var factory = new ObservedApiFactory();
        var client = factory.GraphQL();

        await client.DataAsync("query CountedNetwork { networkVersion }");
        await client.DataAsync("query CountedNetwork { networkVersion }");
        await client.AssertInvalidArgumentAsync("query CountedFailure { centrality(measure: DEGREE, sample: { size: 5 }) { networkVersion } }", "sample");
        var metrics = factory.CollectMetrics();

        Assert.Equal(2, metrics.Sum("cig.graphql.requests", ("graphql.operation.type", "query"), ("graphql.operation.name", "CountedNetwork"), ("cig.outcome", "ok")));
        Assert.Equal(1, metrics.Sum("cig.graphql.requests", ("graphql.operation.name", "CountedFailure"), ("cig.outcome", "INVALID_ARGUMENT")));
        Assert.Equal(2, metrics.HistogramCount("cig.graphql.request.duration", ("graphql.operation.name", "CountedNetwork")));
    }

    [Fact]
    public async Task OperationNames_PastTheConfiguredNumber_AreCountedAsOther_LongNamesAreCut_AndUnnamedOnesAreAnonymous()
    {
        using var factory = ObservedApiFactory.With(new Dictionary<string, string?>
        {
            ["Observability:MaxOperationNames"] = "1",
            ["Observability:MaxOperationNameLength"] = "5",
        });
        var client = factory.GraphQL();

        await client.DataAsync("query FirstName { networkVersion }");
        await client.DataAsync("query SecondName { networkVersion }");
        await client.DataAsync("{ networkVersion }");
        var metrics = factory.CollectMetrics();

        Assert.Equal(1, metrics.Sum("cig.graphql.requests", ("graphql.operation.name", "First")));
        Assert.Equal(1, metrics.Sum("cig.graphql.requests", ("graphql.operation.name", "other")));
        Assert.Equal(1, metrics.Sum("cig.graphql.requests", ("graphql.operation.name", "anonymous")));
        Assert.Empty(metrics.Points("cig.graphql.requests", ("graphql.operation.name", "SecondName")));
    }
}
