using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// centrality and communities on the sample. Expected values are the analytics library's, called directly on a
/// snapshot read from the same store (<see cref="LibraryReference"/>), so the test proves the API runs the measure it
/// names with the parameters it echoes, not particular numbers.
/// </summary>
public sealed class AnalysisFieldsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string CentralityPage = """
        query($projection: Projection!, $measure: CentralityMeasure!, $top: Int, $weighted: Boolean, $sample: CentralitySampleInput, $after: String) {
          centrality(projection: $projection, measure: $measure, top: $top, weighted: $weighted, sample: $sample) {
            scores(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id score rank } } } } }
        """;

    private readonly GraphQLClient client = factory.GraphQL();

    public static TheoryData<ProjectionKind, CentralityMeasure> MeasuresOnProjections()
    {
        var data = new TheoryData<ProjectionKind, CentralityMeasure>();
        foreach (var measure in Enum.GetValues<CentralityMeasure>())
        {
            data.Add(ProjectionKind.Organizations, measure);
        }

        data.Add(ProjectionKind.Full, CentralityMeasure.Betweenness);
        data.Add(ProjectionKind.People, CentralityMeasure.PageRank);
        return data;
    }

    [Theory]
    [MemberData(nameof(MeasuresOnProjections))]
    public async Task Centrality_EveryMeasure_RanksEveryNodeAsTheLibraryDoes(ProjectionKind projection, CentralityMeasure measure)
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);

        var scores = await ConnectionPages.AllAsync(client, CentralityPage, "centrality.scores", Variables(projection, measure));

        var expected = CentralityCalculator.Compute(projections.Get(projection).Graph, measure, CentralityOptions.Default).Ranked();
        AssertRanking(expected, scores);
    }

    [Fact]
    public async Task Centrality_WeightedClosenessAndSampledBetweenness_UseTheGivenOptions()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);
        var graph = projections.Organizations.Graph;

        var weighted = await ConnectionPages.AllAsync(client, CentralityPage, "centrality.scores",
            Variables(ProjectionKind.Organizations, CentralityMeasure.Closeness, ("weighted", true)));
        var sampled = await ConnectionPages.AllAsync(client, CentralityPage, "centrality.scores",
            Variables(ProjectionKind.Organizations, CentralityMeasure.Betweenness, ("sample", new { size = 20, seed = 7 })));

        AssertRanking(CentralityCalculator.Compute(graph, CentralityMeasure.Closeness, new CentralityOptions { Weighted = true }).Ranked(), weighted);
        AssertRanking(CentralityCalculator.Compute(graph, CentralityMeasure.Betweenness, new CentralityOptions { SampleSize = 20, Seed = 7 }).Ranked(), sampled);
        Assert.NotEqual(
            CentralityCalculator.Compute(graph, CentralityMeasure.Betweenness, CentralityOptions.Default).Values,
            CentralityCalculator.Compute(graph, CentralityMeasure.Betweenness, new CentralityOptions { SampleSize = 20, Seed = 7 }).Values);
    }

    [Fact]
    public async Task Centrality_SampledBetweenness_StatesItsErrorBoundAndExactStatesNone()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);
        var nodes = projections.Get(ProjectionKind.Full).Graph.NodeCount;

        var data = await client.DataAsync("""
            { sampled: centrality(projection: FULL, measure: BETWEENNESS, top: 1, sample: { size: 50, seed: 3 }) { errorBound }
              exact: centrality(projection: FULL, measure: BETWEENNESS, top: 1) { errorBound } }
            """);

        Assert.Equal(BetweennessErrorBound.Hoeffding(nodes, 50), data.GetProperty("sampled").GetProperty("errorBound").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("exact").GetProperty("errorBound").ValueKind);
    }

    [Fact]
    public async Task Centrality_Parameters_EchoBackWithTheVersion()
    {
        var version = (await client.DataAsync("{ networkVersion }")).GetProperty("networkVersion").GetInt64();

        var data = await client.DataAsync("""
            { centrality(projection: FULL, measure: BETWEENNESS, top: 5, normalized: false, weighted: true, sample: { size: 50, seed: 3 }) {
                parameters { projection measure top normalized weighted sample { size seed } } networkVersion computedAt } }
            """);

        var run = data.GetProperty("centrality");
        Assert.Equal(
            """{"projection":"FULL","measure":"BETWEENNESS","top":5,"normalized":false,"weighted":true,"sample":{"size":50,"seed":3}}""",
            run.GetProperty("parameters").GetRawText());
        Assert.Equal(version, run.GetProperty("networkVersion").GetInt64());
        Assert.InRange(run.GetProperty("computedAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Centrality_Defaults_AreOrganizationsNormalizedAllNodes()
    {
        var data = await client.DataAsync("{ centrality(measure: DEGREE) { parameters { projection top normalized weighted sample { size } } scores(first: 0) { totalCount } } }");

        Assert.Equal("""{"projection":"ORGANIZATIONS","top":null,"normalized":true,"weighted":null,"sample":null}""", data.Path("centrality.parameters").GetRawText());
        Assert.Equal(SampleDocument.Organizations.Count, data.Path("centrality.scores.totalCount").GetInt32());
    }

    [Fact]
    public async Task Centrality_Top_KeepsTheBestAndPagesThem()
    {
        var all = await ConnectionPages.AllAsync(client, CentralityPage, "centrality.scores", Variables(ProjectionKind.Organizations, CentralityMeasure.PageRank));

        var first = await client.DataAsync("{ centrality(measure: PAGE_RANK, top: 7) { scores(first: 4) { totalCount pageInfo { hasNextPage endCursor } edges { node { id rank } } } } }");
        var after = first.Path("centrality.scores.pageInfo.endCursor").GetString();
        var second = await client.DataAsync("query($after: String) { centrality(measure: PAGE_RANK, top: 7) { scores(first: 4, after: $after) { pageInfo { hasNextPage } edges { node { id } } } } }", new { after });

        var top = first.Path("centrality.scores.edges").EnumerateArray().Concat(second.Path("centrality.scores.edges").EnumerateArray())
            .Select(e => e.Path("node.id").GetString()).ToList();
        Assert.Equal(7, first.Path("centrality.scores.totalCount").GetInt32());
        Assert.True(first.Path("centrality.scores.pageInfo.hasNextPage").GetBoolean());
        Assert.False(second.Path("centrality.scores.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(all.Take(7).Select(n => n.GetProperty("id").GetString()), top);
    }

    [Fact]
    public async Task Centrality_ScoreNode_ResolvesToTheNetworkNode()
    {
        var data = await client.DataAsync("{ centrality(measure: DEGREE, top: 3) { scores { edges { node { id node { id kind ... on Organization { sector } } } } } } }");

        Assert.All(data.Path("centrality.scores.edges").EnumerateArray(), e =>
        {
            Assert.Equal(e.Path("node.id").GetString(), e.Path("node.node.id").GetString());
            Assert.Equal("ORGANIZATION", e.Path("node.node.kind").GetString());
        });
    }

    [Fact]
    public async Task Communities_AgreeWithLouvainOnTheSameSnapshot()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);
        const string query = """
            query($after: String) { communities(projection: ORGANIZATIONS, seed: 7) { modularity levels parameters { projection seed }
              communities(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { index size members(first: 100) { totalCount edges { node { id } } } } } } } }
            """;

        var data = await client.DataAsync(query, new { after = (string?)null });
        var communities = await ConnectionPages.AllAsync(client, query, "communities.communities");

        var expected = Louvain.Detect(projections.Organizations.Graph, 7);
        Assert.Equal(expected.Modularity, data.Path("communities.modularity").GetDouble(), 12);
        Assert.Equal(expected.Levels, data.Path("communities.levels").GetInt32());
        Assert.Equal("""{"projection":"ORGANIZATIONS","seed":7}""", data.Path("communities.parameters").GetRawText());
        Assert.Equal(expected.Communities.Count, communities.Count);
        for (var i = 0; i < communities.Count; i++)
        {
            Assert.Equal(i, communities[i].GetProperty("index").GetInt32());
            Assert.Equal(expected.Communities[i].Count, communities[i].GetProperty("size").GetInt32());
            Assert.Equal(expected.Communities[i], communities[i].GetProperty("members").NodeIds());
        }
    }

    [Fact]
    public async Task Centrality_SampleLargerThanTheProjection_IsAnInvalidArgument()
    {
        var size = SampleDocument.Organizations.Count + 1;

        await client.AssertInvalidArgumentAsync($"{{ centrality(measure: BETWEENNESS, sample: {{ size: {size} }}) {{ networkVersion }} }}", "sample.size:");
    }

    [Fact]
    public async Task Centrality_TooFewIterations_FailsNamingMaxIterationsAndMoreConverge()
    {
        // One iteration cannot meet NetworkX's tolerance on the sample's organizations; 1,000 can, and agree with the
        // library given the same budget.
        var projections = await LibraryReference.ProjectionsAsync(factory);
        var graph = projections.Get(ProjectionKind.Organizations).Graph;

        var failed = await client.PostAsync("{ centrality(measure: EIGENVECTOR, maxIterations: 1) { networkVersion } }");
        var scores = await ConnectionPages.AllAsync(client, CentralityPage.Replace("sample: $sample)", "sample: $sample, maxIterations: 1000)", StringComparison.Ordinal),
            "centrality.scores", Variables(ProjectionKind.Organizations, CentralityMeasure.Eigenvector));
        var echoed = await client.DataAsync("{ centrality(measure: PAGE_RANK, maxIterations: 250) { parameters { maxIterations } } }");
        var defaulted = await client.DataAsync("{ centrality(measure: EIGENVECTOR) { parameters { maxIterations } } betweenness: centrality(measure: BETWEENNESS) { parameters { maxIterations } } }");

        Assert.Equal(["ANALYSIS_DID_NOT_CONVERGE"], failed.ErrorCodes);
        Assert.Contains("maxIterations", failed.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        AssertRanking(CentralityCalculator.Compute(graph, CentralityMeasure.Eigenvector, new CentralityOptions { MaxIterations = 1000 }).Ranked(), scores);
        Assert.Equal(250, echoed.Path("centrality.parameters.maxIterations").GetInt32());
        Assert.Equal(100, defaulted.Path("centrality.parameters.maxIterations").GetInt32());
        Assert.Equal(JsonValueKind.Null, defaulted.Path("betweenness.parameters.maxIterations").ValueKind);
    }

    [Fact]
    public async Task Communities_DefaultSeed_Is42()
    {
        var data = await client.DataAsync("{ communities { parameters { projection seed } } }");

        Assert.Equal("""{"projection":"ORGANIZATIONS","seed":42}""", data.Path("communities.parameters").GetRawText());
    }

    [Theory]
    [InlineData("{ centrality(measure: DEGREE) { computedAt } centralityAgain: centrality(measure: DEGREE) { computedAt } }")]
    [InlineData("{ communities(projection: PEOPLE, seed: 1) { modularity } }")]
    public async Task SameCallTwice_GivesTheSameResult(string query)
    {
        var first = await client.DataAsync(Strip(query));
        var second = await client.DataAsync(Strip(query));

        Assert.Equal(first.GetRawText(), second.GetRawText());

        // computedAt differs between two computations; everything else is compared.
        static string Strip(string q) => q.Replace("computedAt", "scores(first: 100) { edges { node { id score rank } } }", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ centrality(measure: DEGREE, top: -1) { networkVersion } }", "top:")]
    [InlineData("{ centrality(measure: BETWEENNESS, sample: { size: 0 }) { networkVersion } }", "sample.size:")]
    [InlineData("{ centrality(measure: DEGREE, sample: { size: 5 }) { networkVersion } }", "sample:")]
    [InlineData("{ centrality(measure: BETWEENNESS, maxIterations: 50) { networkVersion } }", "maxIterations:")]
    [InlineData("{ centrality(measure: PAGE_RANK, maxIterations: 0) { networkVersion } }", "maxIterations:")]
    [InlineData("{ centrality(measure: EIGENVECTOR, maxIterations: 10001) { networkVersion } }", "maxIterations:")]
    [InlineData("{ centrality(measure: DEGREE) { scores(first: 1001) { totalCount } } }", "first:")]
    [InlineData("{ centrality(measure: DEGREE) { scores(after: \"bm90LWEtY3Vyc29y\") { totalCount } } }", "after:")]
    [InlineData("{ communities { communities(first: -1) { totalCount } } }", "first:")]
    public async Task BadArguments_FailWithInvalidArgumentNamingTheArgument(string query, string argument) =>
        await client.AssertInvalidArgumentAsync(query, argument);

    private static Dictionary<string, object?> Variables(ProjectionKind projection, CentralityMeasure measure, params (string Name, object Value)[] more)
    {
        var variables = new Dictionary<string, object?>
        {
            ["projection"] = GraphQLNames.EnumValue(projection),
            ["measure"] = GraphQLNames.EnumValue(measure),
        };
        foreach (var (name, value) in more)
        {
            variables[name] = value;
        }

        return variables;
    }

    private static void AssertRanking(IReadOnlyList<Analytics.Graphs.RankedNode> expected, IReadOnlyList<JsonElement> actual)
    {
        Assert.Equal(expected.Select(r => r.Id), actual.Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(expected.Select(r => r.Rank), actual.Select(n => n.GetProperty("rank").GetInt32()));
        for (var i = 0; i < expected.Count; i++)
        {
            var score = actual[i].GetProperty("score");
            if (double.IsNaN(expected[i].Score))
            {
                Assert.Equal(JsonValueKind.Null, score.ValueKind);
            }
            else
            {
                Assert.Equal(expected[i].Score, score.GetDouble(), 12);
            }
        }
    }
}
