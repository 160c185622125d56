using System.Globalization;
using System.Text.RegularExpressions;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Limits;

/// <summary>
/// An analysis field costs its estimated CPU time in the query-cost limit (AnalysisCost: 100 µs per unit). The expected
/// prices are the documented formula applied to the sample's projection sizes, read from the projections themselves.
/// </summary>
public sealed partial class AnalysisCostTests
{
    [Fact]
    public async Task Post_WhatIf_CostGrowsWithTopUpToThePairsThereAre()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Limits:MaxComplexity"] = "1" });
        var (n, s) = Size((await BuiltAsync(factory)).Projections.Organizations.Graph);
        var client = factory.GraphQL();

        var one = await client.PostAsync("{ whatIf(top: 1) { networkVersion } }");
        var huge = await client.PostAsync("{ whatIf(top: 2000000000) { networkVersion } }");

        double WhatIf(double top) => Math.Ceiling((7_000.0 * s + 5.0 * top * s + 2 * 0.5 * n * s + 10_000.0 * s) / 100_000);
        Assert.Equal(["QUERY_TOO_COMPLEX"], huge.ErrorCodes);
        Assert.Equal(WhatIf(1), EstimatedCost(one));
        Assert.Equal(WhatIf(n * (n - 1) / 2), EstimatedCost(huge));
        Assert.True(EstimatedCost(huge) > EstimatedCost(one));
    }

    [Fact]
    public async Task Post_OutOfRangeSampleOrIterations_IsInvalidArgumentNotQueryTooComplex()
    {
        using var factory = new ApiFactory();
        await BuiltAsync(factory);
        var client = factory.GraphQL();

        await client.AssertInvalidArgumentAsync("{ centrality(measure: BETWEENNESS, sample: { size: 2147483647, seed: 1 }) { networkVersion } }", "sample.size");
        await client.AssertInvalidArgumentAsync("{ centrality(measure: EIGENVECTOR, maxIterations: 2147483647) { networkVersion } }", "maxIterations");
    }

    [Fact]
    public async Task Post_ExactBetweenness_CostsMoreOnFullThanOnOrganizationsAndLessWhenSampled()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Limits:MaxComplexity"] = "1" });
        var network = await BuiltAsync(factory);
        var client = factory.GraphQL();

        var full = await client.PostAsync("{ centrality(projection: FULL, measure: BETWEENNESS) { networkVersion } }");
        var organizations = await client.PostAsync("{ centrality(projection: ORGANIZATIONS, measure: BETWEENNESS) { networkVersion } }");
        var sampled = await client.PostAsync("{ centrality(projection: FULL, measure: BETWEENNESS, sample: { size: 20, seed: 1 }) { networkVersion } }");

        var (nFull, sFull) = Size(network.Projections.Full.Graph);
        var (nOrganizations, sOrganizations) = Size(network.Projections.Organizations.Graph);
        Assert.Equal(["QUERY_TOO_COMPLEX"], full.ErrorCodes);
        Assert.Equal(Math.Ceiling(20.0 * nFull * sFull / 100_000), EstimatedCost(full));
        Assert.Equal(Math.Ceiling(20.0 * nOrganizations * sOrganizations / 100_000), EstimatedCost(organizations));
        Assert.Equal(Math.Ceiling(25.0 * 20 * sFull / 100_000), EstimatedCost(sampled));
        Assert.True(EstimatedCost(full) > EstimatedCost(organizations));
        Assert.True(EstimatedCost(full) > EstimatedCost(sampled));
    }

    [Fact]
    public async Task Post_AnalysisBesideAConnection_AddsItsPriceToTheListItems()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Limits:MaxComplexity"] = "1" });
        var (n, s) = Size((await BuiltAsync(factory)).Projections.Organizations.Graph);

        var response = await factory.GraphQL().PostAsync("{ organizations(first: 7) { totalCount } networkMetrics { networkVersion } }");

        Assert.Equal(["QUERY_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Equal(7 + Math.Ceiling((0.5 * n * s + 200.0 * s) / 100_000), EstimatedCost(response));
    }

    [Fact]
    public async Task Post_EquityLens_CostsTheSumOfItsMeasuresOnOrganizations()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Limits:MaxComplexity"] = "1" });
        var (n, s) = Size((await BuiltAsync(factory)).Projections.Organizations.Graph);
        var client = factory.GraphQL();

        var chosen = await client.PostAsync("{ equityLens(measures: [CLOSENESS, BETWEENNESS], structuralHoles: false) { networkVersion } }");
        var defaults = await client.PostAsync("{ equityLens { networkVersion } }");

        Assert.Equal(["QUERY_TOO_COMPLEX"], chosen.ErrorCodes);
        Assert.Equal(Math.Ceiling((0.5 * n * s + 20.0 * n * s) / 100_000), EstimatedCost(chosen));
        // DEGREE, BETWEENNESS, CLOSENESS, EIGENVECTOR (100 iterations) and structural holes.
        Assert.Equal(Math.Ceiling((2.0 * s + 20.0 * n * s + 0.5 * n * s + 6.0 * s * 100 + 200.0 * s) / 100_000), EstimatedCost(defaults));
    }

    /// <summary>The current version with its projections built, so the cost model reads their exact sizes.</summary>
    private static async Task<ProjectedNetwork> BuiltAsync(ApiFactory factory)
    {
        var network = await factory.Services.GetRequiredService<ProjectionProvider>().CurrentAsync(CancellationToken.None);
        _ = network.Projections.Full.Graph;
        _ = network.Projections.Organizations.Graph;
        return network;
    }

    private static (double Nodes, double Total) Size(UndirectedGraph graph) => (graph.NodeCount, graph.NodeCount + graph.EdgeCount);

    private static double EstimatedCost(GraphQLResponse response)
    {
        var message = response.Errors[0].GetProperty("message").GetString()!;
        var match = CostPattern().Match(message);
        Assert.True(match.Success, message);
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"estimated cost is (\d+)")]
    private static partial Regex CostPattern();
}
