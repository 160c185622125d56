using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Services.Jobs;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// Long analyses answered with a background job, through the real host on the sample. Jobs:RunAsJobAbove is zero, so
/// every centrality and networkMetrics counts as long; a blocker holds the one job worker while a test looks at a
/// queued job, so states follow from what the test did. Expected results are the same field's answer once the job is
/// done (computed by the same measure the request path runs, which AnalysisFieldsTests checks against the library).
/// </summary>
public sealed class AnalysisJobFieldsTests : IDisposable
{
    private const string Centrality = """
        { centrality(measure: BETWEENNESS) { networkVersion job { id state progress networkVersion } scores(first: 100) { totalCount edges { node { id score } } } } }
        """;

    private const string Poll = """
        query($id: ID!) { analysisJob(id: $id) { id state progress estimatedSecondsLeft startedAt finishedAt stale error { code message }
          centrality { scores(first: 100) { totalCount edges { node { id score } } } } } }
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ManualResetEventSlim release = new(false);
    private readonly List<ApiFactory> factories = [];

    public void Dispose()
    {
        release.Set();
        foreach (var factory in factories)
        {
            factory.Dispose();
        }

        release.Dispose();
    }

    [Fact]
    public async Task Centrality_Long_AnswersAtOnceWithAJobThenTheResultFromTheCache()
    {
        var factory = Create();
        await HoldJobWorkerAsync(factory);
        var client = factory.GraphQL();

        var first = (await client.DataAsync(Centrality)).GetProperty("centrality");
        var again = (await client.DataAsync(Centrality)).GetProperty("centrality");
        var id = first.GetProperty("job").GetProperty("id").GetString()!;
        release.Set();
        var done = await PollUntilFinalAsync(client, id);
        var afterwards = (await client.DataAsync(Centrality)).GetProperty("centrality");

        Assert.Equal("QUEUED", first.GetProperty("job").GetProperty("state").GetString());
        Assert.Equal(0, first.GetProperty("scores").GetProperty("totalCount").GetInt32());
        Assert.Equal(id, again.GetProperty("job").GetProperty("id").GetString());
        Assert.Equal("SUCCEEDED", done.GetProperty("state").GetString());
        Assert.Equal(1.0, done.GetProperty("progress").GetDouble());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("error").ValueKind);
        Assert.Equal(JsonValueKind.Null, afterwards.GetProperty("job").ValueKind);
        var scores = afterwards.GetProperty("scores");
        Assert.True(scores.GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(scores.GetRawText(), done.GetProperty("centrality").GetProperty("scores").GetRawText());
        Assert.Equal(1, factory.Services.GetRequiredService<AnalysisJobs>().Snapshot().Started);
    }

    [Fact]
    public async Task Compare_Long_AnswersAtOnceWithAJobThenTheComparisonTheRequestWouldHaveMade()
    {
        const string figures = "tiesAdded { count crossSector } tiesEnded { count } metrics { name before after change } backboneDependence { before after } sentences";
        const string compare = $$"""{ compare(from: { date: "2023-01-01" }, to: { date: "2026-01-01" }) { from { label } to { label } computedAt job { id state progress } {{figures}} } }""";
        var inline = (await Create(new Dictionary<string, string?> { ["Jobs:RunAsJobAbove"] = "00:00:10" }).GraphQL().DataAsync(compare)).GetProperty("compare");
        var factory = Create();
        await HoldJobWorkerAsync(factory);
        var client = factory.GraphQL();

        var first = (await client.DataAsync(compare)).GetProperty("compare");
        var id = first.GetProperty("job").GetProperty("id").GetString()!;
        release.Set();
        var done = await PollUntilFinalAsync(client, id, $$"""compare { computedAt job { id } {{figures}} }""");
        var afterwards = (await client.DataAsync(compare)).GetProperty("compare");

        Assert.Equal(JsonValueKind.Null, inline.GetProperty("job").ValueKind);
        Assert.Equal("QUEUED", first.GetProperty("job").GetProperty("state").GetString());
        Assert.Equal("1 January 2023", first.Path("from.label").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("computedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("tiesAdded").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("sentences").ValueKind);
        Assert.Equal("SUCCEEDED", done.GetProperty("state").GetString());
        Assert.Equal(1.0, done.GetProperty("progress").GetDouble());
        Assert.Equal(JsonValueKind.Null, afterwards.GetProperty("job").ValueKind);
        foreach (var name in new[] { "tiesAdded", "tiesEnded", "metrics", "backboneDependence", "sentences" })
        {
            Assert.Equal(inline.GetProperty(name).GetRawText(), done.GetProperty("compare").GetProperty(name).GetRawText());
            Assert.Equal(inline.GetProperty(name).GetRawText(), afterwards.GetProperty(name).GetRawText());
        }

        Assert.True(inline.Path("tiesAdded.count").GetInt32() > 0);
        Assert.Equal(done.Path("compare.computedAt").GetString(), afterwards.GetProperty("computedAt").GetString());
        Assert.Equal(1, factory.Services.GetRequiredService<AnalysisJobs>().Snapshot().Started);
    }

    [Fact]
    public async Task NetworkMetrics_Long_AnswersTheCheapMetricsAtOnceAndTheDistancesFromTheJob()
    {
        var factory = Create();
        await HoldJobWorkerAsync(factory);
        var client = factory.GraphQL();
        const string query = "{ networkMetrics { nodes density components transitivity diameter averageShortestPath job { id state } } }";

        var pending = (await client.DataAsync(query)).GetProperty("networkMetrics");
        release.Set();
        await PollUntilFinalAsync(client, pending.GetProperty("job").GetProperty("id").GetString()!);
        var done = (await client.DataAsync(query)).GetProperty("networkMetrics");

        Assert.Equal("QUEUED", pending.GetProperty("job").GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("averageShortestPath").ValueKind);
        Assert.Equal(JsonValueKind.Null, done.GetProperty("job").ValueKind);
        Assert.True(done.GetProperty("averageShortestPath").GetDouble() > 0);
        foreach (var cheap in new[] { "nodes", "density", "components", "transitivity", "diameter" })
        {
            Assert.Equal(done.GetProperty(cheap).GetRawText(), pending.GetProperty(cheap).GetRawText());
        }
    }

    [Fact]
    public async Task NetworkMetrics_AskedAgainWhileTheJobRuns_IsNeverAnsweredFromAKeptResponse()
    {
        var factory = Create();
        await HoldJobWorkerAsync(factory);
        var client = factory.GraphQL();
        const string query = "{ networkMetrics { averageShortestPath job { id state } } }";

        var first = (await client.DataAsync(query)).GetProperty("networkMetrics");
        var second = (await client.DataAsync(query)).GetProperty("networkMetrics");
        release.Set();
        await PollUntilFinalAsync(client, first.GetProperty("job").GetProperty("id").GetString()!);
        var done = (await client.DataAsync(query)).GetProperty("networkMetrics");

        Assert.Equal("QUEUED", second.GetProperty("job").GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("job").ValueKind);
        Assert.True(done.GetProperty("averageShortestPath").GetDouble() > 0);
    }

    [Fact]
    public async Task CancelJob_OnlyTheStarterOrTheBackbone_AndTheJobEndsCancelled()
    {
        var factory = Create();
        await HoldJobWorkerAsync(factory);
        var starter = factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "Starter"));
        var other = factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "Somebody else"));
        var id = (await starter.DataAsync(Centrality)).GetProperty("centrality").GetProperty("job").GetProperty("id").GetString()!;
        const string cancel = "mutation($id: ID!) { cancelJob(id: $id) { id state error { code } } }";

        var refused = await other.PostAsync(cancel, new { id });
        var missing = await starter.PostAsync(cancel, new { id = "no-such-job" });
        var cancelled = (await starter.DataAsync(cancel, new { id })).GetProperty("cancelJob");
        var polled = (await other.DataAsync(Poll, new { id })).GetProperty("analysisJob");

        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], missing.ErrorCodes);
        Assert.Equal("CANCELLED", cancelled.GetProperty("state").GetString());
        Assert.Equal("JOB_CANCELLED", cancelled.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("CANCELLED", polled.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, polled.GetProperty("startedAt").ValueKind);
    }

    [Fact]
    public async Task AnalysisJobs_BackboneOnly_ListsTheJobs()
    {
        var factory = Create();
        await HoldJobWorkerAsync(factory);
        var dashboard = factory.GraphQLAs(factory.CreateKey(Roles.Dashboard, "Dashboard"));
        var id = (await dashboard.DataAsync(Centrality.Replace("scores(first: 100) { totalCount edges { node { id score } } }", "parameters { measure }", StringComparison.Ordinal)))
            .GetProperty("centrality").GetProperty("job").GetProperty("id").GetString();

        var refused = await dashboard.PostAsync("{ analysisJobs { id } }");
        var listed = (await factory.GraphQL().DataAsync("{ analysisJobs { id analysis state parameters } }")).GetProperty("analysisJobs");

        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        var job = Assert.Single(listed.EnumerateArray());
        Assert.Equal(id, job.GetProperty("id").GetString());
        Assert.Equal("centrality", job.GetProperty("analysis").GetString());
        Assert.Contains("\"measure\":\"Betweenness\"", job.GetProperty("parameters").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Centrality_WriteDuringTheJob_NewVersionGetsANewJobAndTheStaleOneIsSuperseded()
    {
        var factory = Create();
        await HoldJobWorkerAsync(factory);
        var client = factory.GraphQL();
        var stale = (await client.DataAsync(Centrality)).GetProperty("centrality");
        var staleId = stale.GetProperty("job").GetProperty("id").GetString()!;

        // A write the ORGANIZATIONS projection reads: results are keyed by the fingerprint of what they read (issue 14).
        await client.DataAsync("mutation { createOrganization(input: { id: \"o-during-job\", name: \"Written while a job waits\", sector: OTHER }) { version } }");
        var current = (await client.DataAsync(Centrality)).GetProperty("centrality");
        var superseded = (await client.DataAsync(Poll, new { id = staleId })).GetProperty("analysisJob");
        release.Set();
        var done = await PollUntilFinalAsync(client, current.GetProperty("job").GetProperty("id").GetString()!);

        Assert.True(current.GetProperty("networkVersion").GetInt64() > stale.GetProperty("networkVersion").GetInt64());
        Assert.NotEqual(staleId, current.GetProperty("job").GetProperty("id").GetString());
        Assert.Equal("CANCELLED", superseded.GetProperty("state").GetString());
        Assert.True(superseded.GetProperty("stale").GetBoolean());
        Assert.Contains("Superseded", superseded.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("SUCCEEDED", done.GetProperty("state").GetString());
        Assert.False(done.GetProperty("stale").GetBoolean());
    }

    [Fact]
    public async Task Centrality_BeyondTheCallersShareOfJobs_IsRateLimited()
    {
        var factory = Create(new Dictionary<string, string?> { ["Jobs:MaxQueuedPerCaller"] = "1" });
        await HoldJobWorkerAsync(factory);
        var client = factory.GraphQL();
        await client.DataAsync(Centrality);

        var refused = await client.PostAsync(Centrality.Replace("BETWEENNESS", "CLOSENESS", StringComparison.Ordinal));
        var joined = await client.PostAsync(Centrality);

        Assert.Equal(["RATE_LIMITED"], refused.ErrorCodes);
        Assert.Contains("Jobs:MaxQueuedPerCaller", refused.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(joined.ErrorCodes);
    }

    [Fact]
    public async Task Centrality_ShortAnalysis_StillAnswersInTheRequestWithNoJob()
    {
        var factory = Create(new Dictionary<string, string?> { ["Jobs:RunAsJobAbove"] = "00:00:10" });

        var centrality = (await factory.GraphQL().DataAsync(Centrality)).GetProperty("centrality");

        Assert.Equal(JsonValueKind.Null, centrality.GetProperty("job").ValueKind);
        Assert.True(centrality.GetProperty("scores").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(0, factory.Services.GetRequiredService<AnalysisJobs>().Snapshot().Started);
    }

    [Fact]
    public async Task Readyz_WithAJob_CountsJobsByState()
    {
        var factory = Create();
        await HoldJobWorkerAsync(factory);
        await factory.GraphQL().DataAsync(Centrality);

        using var response = await factory.CreateClient().GetAsync("/readyz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var checks = body.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        var jobs = checks["scheduler"].GetProperty("data").GetProperty("jobs");
        Assert.Equal(1, jobs.GetProperty("byState").GetProperty("QUEUED").GetInt32());
        Assert.Equal(1, jobs.GetProperty("started").GetInt64());
    }

    private ConfiguredApiFactory Create(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Jobs:RunAsJobAbove"] = "00:00:00" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var factory = new ConfiguredApiFactory(all);
        factories.Add(factory);
        return factory;
    }

    /// <summary>Occupies the one job worker until <see cref="release"/> is set, so jobs stay queued.</summary>
    private async Task HoldJobWorkerAsync(ApiFactory factory)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = factory.Services.GetRequiredService<AnalysisJobs>().Scheduler.RunAsync("blocker", _ =>
        {
            started.SetResult();
            release.Wait(Patience);
            return 0;
        }, CancellationToken.None);
        await started.Task.WaitAsync(Patience);
    }

    private static async Task<JsonElement> PollUntilFinalAsync(GraphQLClient client, string id, string? result = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        var poll = result is null
            ? Poll
            : $$"""query($id: ID!) { analysisJob(id: $id) { id state progress error { code message } {{result}} } }""";
        while (true)
        {
            var job = (await client.DataAsync(poll, new { id })).GetProperty("analysisJob");
            var state = job.GetProperty("state").GetString();
            if (state is "SUCCEEDED" or "FAILED" or "CANCELLED" or "EXPIRED" || DateTime.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(20);
        }
    }
}
