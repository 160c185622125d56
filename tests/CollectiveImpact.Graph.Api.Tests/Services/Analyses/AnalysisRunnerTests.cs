using System.Net.Http.Json;
using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Jobs;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Services.Analyses;

/// <summary>The runner every analysis goes through: versions, failures and cancellation, on the sample.</summary>
public sealed class AnalysisRunnerTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>A runner of its own request scope (its own lane), as a resolver gets one.</summary>
    private AnalysisRunner Runner => factory.Services.CreateScope().ServiceProvider.GetRequiredService<AnalysisRunner>();

    [Fact]
    public async Task Field_AfterAWrite_CarriesTheNewVersionAndSeesTheChange()
    {
        const string query = "{ networkVersion centrality(measure: DEGREE) { networkVersion scores(first: 0) { totalCount } } }";
        var before = await client.DataAsync(query);

        var written = await client.DataAsync("""
            mutation { createOrganization(input: { id: "o-runner-test", name: "Added by the runner test", sector: OTHER }) { version } }
            """);
        var after = await client.DataAsync(query);

        var version = written.Path("createOrganization.version").GetInt64();
        Assert.Equal(before.GetProperty("networkVersion").GetInt64(), before.Path("centrality.networkVersion").GetInt64());
        Assert.True(version > before.Path("centrality.networkVersion").GetInt64());
        Assert.Equal(version, after.Path("centrality.networkVersion").GetInt64());
        Assert.Equal(before.Path("centrality.scores.totalCount").GetInt32() + 1, after.Path("centrality.scores.totalCount").GetInt32());
    }

    [Fact]
    public async Task Field_SameCallTwice_IsServedFromTheCacheUntilAWrite()
    {
        const string query = "{ structuralHoles(projection: FULL) { networkVersion computedAt } }";

        var first = await client.DataAsync(query);
        var again = await client.DataAsync(query);
        await client.DataAsync("mutation { createGoal(input: { id: \"g-cache-test\", name: \"Added by the cache test\" }) { version } }");
        var afterWrite = await client.DataAsync(query);

        Assert.Equal(first.Path("structuralHoles.computedAt").GetString(), again.Path("structuralHoles.computedAt").GetString());
        Assert.True(afterWrite.Path("structuralHoles.networkVersion").GetInt64() > first.Path("structuralHoles.networkVersion").GetInt64());
        Assert.True(afterWrite.Path("structuralHoles.computedAt").GetDateTimeOffset() > first.Path("structuralHoles.computedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Field_PresentationOnlyArguments_ShareOneComputation()
    {
        var all = await client.DataAsync("{ centrality(projection: PEOPLE, measure: HARMONIC) { computedAt parameters { top } } }");
        var top = await client.DataAsync("{ centrality(projection: PEOPLE, measure: HARMONIC, top: 3) { computedAt parameters { top } scores { totalCount } } }");

        Assert.Equal(all.Path("centrality.computedAt").GetString(), top.Path("centrality.computedAt").GetString());
        Assert.Equal(3, top.Path("centrality.parameters.top").GetInt32());
        Assert.Equal(3, top.Path("centrality.scores.totalCount").GetInt32());
    }

    [Fact]
    public async Task Field_CacheStatsHeader_ResponseReportsTheComputationThenAnL1Hit()
    {
        const string query = "{ structuralHoles(projection: FULL) { networkVersion } }";
        // A write first, so the version is new and the first request certainly computes.
        await client.DataAsync($$"""mutation { createGoal(input: { id: "g-stats-{{Guid.NewGuid():N}}", name: "Added by the stats test" }) { version } }""");

        var computed = Assert.Single(await CacheRecordAsync(query));
        var found = Assert.Single(await CacheRecordAsync(query));

        Assert.Equal(("structuralHoles", false, "none"), (computed.GetProperty("analysis").GetString(), computed.GetProperty("hit").GetBoolean(), computed.GetProperty("level").GetString()));
        Assert.Equal(("structuralHoles", true, "l1"), (found.GetProperty("analysis").GetString(), found.GetProperty("hit").GetBoolean(), found.GetProperty("level").GetString()));
        Assert.Equal(computed.GetProperty("key").GetString(), found.GetProperty("key").GetString());
    }

    [Fact]
    public async Task RunAsync_PowerIterationFails_ReportsAnalysisDidNotConverge()
    {
        var error = await Assert.ThrowsAsync<AnalysisDidNotConvergeProblem>(() => Runner.RunAsync(new FailingAnalysis(), CancellationToken.None));

        Assert.Equal(ErrorCodes.AnalysisDidNotConverge, ApiError.From(error).Code);
        Assert.Contains("did not converge", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CancelledRequest_StopsWaiting()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner.RunAsync(new FailingAnalysis(), cancelled.Token));
    }

    [Fact]
    public async Task RunAsync_InvalidParameters_FailBeforeComputing()
    {
        var analysis = new FailingAnalysis { Invalid = true };

        var error = await Assert.ThrowsAsync<ArgumentProblem>(() => Runner.RunAsync(analysis, CancellationToken.None));

        Assert.Equal(ErrorCodes.InvalidArgument, ApiError.From(error).Code);
        Assert.False(analysis.Computed);
    }

    [Fact]
    public async Task RunAsync_OneOfTwoJoinedWaitersLeaves_TheComputationGoesOnForTheOther()
    {
        var analysis = new BlockingAnalysis(Guid.NewGuid().ToString("N"));
        using var leaving = new CancellationTokenSource();
        var first = Runner.RunAsync(analysis, leaving.Token);
        await analysis.Started.Task.WaitAsync(Patience);
        var second = Runner.RunAsync(analysis, CancellationToken.None);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(Patience));
        analysis.Release.SetResult();
        var run = await second.WaitAsync(Patience);

        Assert.Equal(42, run.Result);
        Assert.Equal(1, analysis.Computations);
        Assert.False(analysis.SawCancellation);
    }

    [Fact]
    public async Task RunAsync_TheOnlyWaiterLeaves_TheComputationsTokenIsCancelled()
    {
        var analysis = new BlockingAnalysis(Guid.NewGuid().ToString("N"));
        using var leaving = new CancellationTokenSource();
        var only = Runner.RunAsync(analysis, leaving.Token);
        await analysis.Started.Task.WaitAsync(Patience);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => only.WaitAsync(Patience));

        Assert.True(await analysis.Stopped.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task RunAsync_ParallelAnalysis_IsConfinedToTheSchedulersParallelism()
    {
        var analysis = new ParallelismProbe(Guid.NewGuid().ToString("N"), MaxDegreeOfParallelism: null);
        var expected = factory.Services.GetRequiredService<AnalysisScheduler>().ParallelismPerAnalysis;

        var run = await Runner.RunAsync(analysis, CancellationToken.None);

        Assert.Equal(expected, run.Result);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("3", 3)]
    public async Task RunAsync_AsAJob_IsConfinedToThreadsPerJob(string? threadsPerJob, int expected)
    {
        using var configured = new ConfiguredApiFactory(threadsPerJob is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["Jobs:ThreadsPerJob"] = threadsPerJob });
        var runner = configured.Services.CreateScope().ServiceProvider.GetRequiredService<AnalysisRunner>();
        var analysis = new ParallelismProbe(Guid.NewGuid().ToString("N"), MaxDegreeOfParallelism: null);
        var job = new TaskCompletionSource<AnalysisJob>(TaskCreationOptions.RunContinuationsAsynchronously);
        var route = new JobRoute<int>(() => true, start =>
        {
            job.SetResult(start.Job);
            return Task.FromResult(new AnalysisRun<int>(analysis, start.NetworkVersion, DateTimeOffset.UtcNow, 0) { Job = start.Job });
        });

        await runner.RunAsync(analysis, route, CancellationToken.None);
        var started = await job.Task.WaitAsync(Patience);
        var deadline = DateTime.UtcNow + Patience;
        while (!started.IsFinal && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(JobState.Succeeded, started.State);
        Assert.Equal(expected, ((ComputedAnalysis<int>)started.Result!).Value);
    }

    [Fact]
    public void Start_ThreadsPerJobBelowOne_RefusesToStartNamingTheSetting()
    {
        using var configured = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Jobs:ThreadsPerJob"] = "0" });

        var refused = Assert.ThrowsAny<Exception>(() => configured.Services.GetRequiredService<AnalysisRunner>());

        Assert.Contains("ThreadsPerJob", refused.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The response's <c>extensions.cache</c> for a query sent with <c>X-Cache-Stats: true</c>.</summary>
    private async Task<IReadOnlyList<JsonElement>> CacheRecordAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("X-Cache-Stats", "true");
        using var response = await client.Http.SendAsync(request);
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.True(body.Errors.Count == 0, $"Unexpected errors: {body.Body}");
        return [.. body.Body.GetProperty("extensions").GetProperty("cache").EnumerateArray()];
    }

    /// <summary>A parallel analysis that answers the degree of parallelism it was computed with.</summary>
    private sealed record ParallelismProbe(string Id, int? MaxDegreeOfParallelism) : IParallelAnalysis<int>
    {
        public string Name => "parallelism-probe";

        public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("id", Id)];

        public void Validate(ProjectedNetwork network)
        {
        }

        public int Compute(ProjectedNetwork network, CancellationToken cancellationToken) => MaxDegreeOfParallelism ?? -1;

        public IParallelAnalysis<int> WithMaxDegreeOfParallelism(int? maxDegreeOfParallelism) =>
            this with { MaxDegreeOfParallelism = maxDegreeOfParallelism };
    }

    /// <summary>An analysis that waits, on its worker, for the test to release it or for its token to be cancelled.</summary>
    private sealed class BlockingAnalysis(string id) : IAnalysis<int>
    {
        private int computations;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Computations => computations;

        public bool SawCancellation { get; private set; }

        public string Name => "blocking";

        public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("id", id)];

        public void Validate(ProjectedNetwork network)
        {
        }

        public int Compute(ProjectedNetwork network, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref computations);
            Started.TrySetResult();
            var signalled = WaitHandle.WaitAny([((IAsyncResult)Release.Task).AsyncWaitHandle, cancellationToken.WaitHandle], Patience);
            SawCancellation = cancellationToken.IsCancellationRequested;
            Stopped.TrySetResult(signalled == 1);
            cancellationToken.ThrowIfCancellationRequested();
            return 42;
        }
    }

    /// <summary>An analysis whose power iteration never converges, as eigenvector centrality can on some graphs.</summary>
    private sealed class FailingAnalysis : IAnalysis<int>
    {
        public bool Invalid { get; init; }

        public bool Computed { get; private set; }

        public string Name => "failing";

        public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [];

        public void Validate(ProjectedNetwork network)
        {
            if (Invalid)
            {
                throw new ArgumentProblem("invalid: for the test.");
            }
        }

        public int Compute(ProjectedNetwork network, CancellationToken cancellationToken)
        {
            Computed = true;
            throw new PowerIterationFailedConvergenceException("eigenvector centrality", 100, 1e-6);
        }
    }
}
