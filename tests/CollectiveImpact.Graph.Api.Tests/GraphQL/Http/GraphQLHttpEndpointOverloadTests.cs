using System.Net;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using CollectiveImpact.Graph.Api.Tests.Caching.Support;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Http;

/// <summary>
/// A flood of distinct analyses against a scheduler shrunk to one worker and one queued item: the one worker is held
/// by fake work, so what the endpoint answers follows from the queue's state. Refused analyses get 429 (the caller's
/// share) or 503 (the whole queue) with Retry-After, while /healthz and a list query keep answering.
/// </summary>
public sealed class GraphQLHttpEndpointOverloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly OverloadFactory factory = new();

    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose()
    {
        release.TrySetResult();
        factory.Dispose();
    }

    [Fact]
    public async Task Post_FloodOfDistinctAnalyses_RefusedWith429Or503AndRetryAfterWhileHealthAndListsAnswer()
    {
        var first = factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "flood one"));
        var second = factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "flood two"));
        await first.DataAsync("{ organizations(first: 1) { totalCount } }");
        // The sample as of today (AsOfViews) and its ORGANIZATIONS projection are built once per version and shared by
        // every analysis: built here, so that what the flood queues is the analyses themselves.
        await first.DataAsync("{ communities(seed: 0) { networkVersion } }");
        var scheduler = factory.Services.GetRequiredService<AnalysisScheduler>();
        await HoldTheWorkerAsync(scheduler);

        var queued = first.PostAsync("{ communities(seed: 1) { networkVersion } }");
        await Eventually.WaitUntilAsync(() => scheduler.Snapshot().Queued == 1, "the first analysis is queued", Patience);
        using var callerShare = await PostAsync(first, "{ communities(seed: 2) { networkVersion } }");
        using var overloaded = await PostAsync(second, "{ communities(seed: 3) { networkVersion } }");
        using var health = await factory.CreateAnonymousClient().GetAsync("/healthz");
        var list = await second.PostAsync("{ organizations(first: 3) { totalCount edges { node { id } } } }");

        await AssertRefusedAsync(callerShare, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        await AssertRefusedAsync(overloaded, HttpStatusCode.ServiceUnavailable, "SERVICE_OVERLOADED");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Empty(list.Errors);
        Assert.Equal(3, list.Data.Path("organizations.edges").GetArrayLength());
        Assert.False(queued.IsCompleted);

        release.SetResult();
        var answered = await queued.WaitAsync(Patience);
        Assert.Empty(answered.Errors);
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        var snapshot = scheduler.Snapshot();
        Assert.Equal((1, 1), (snapshot.RejectedCallerShare, snapshot.RejectedQueueFull));
        // Refusals are expected under load: no error with a stack trace per refused request.
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Readyz_AfterRefusals_ShowsRejectedByReasonAndTheQueue()
    {
        var caller = factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "readyz"));
        await caller.DataAsync("{ organizations(first: 1) { totalCount } }");
        // The sample as of today (AsOfViews) and its ORGANIZATIONS projection are built once per version and shared by
        // every analysis: built here, so that what the flood queues is the analyses themselves.
        await caller.DataAsync("{ communities(seed: 0) { networkVersion } }");
        var scheduler = factory.Services.GetRequiredService<AnalysisScheduler>();
        await HoldTheWorkerAsync(scheduler);
        var queued = caller.PostAsync("{ communities(seed: 4) { networkVersion } }");
        await Eventually.WaitUntilAsync(() => scheduler.Snapshot().Queued == 1, "the analysis is queued", Patience);
        using var refused = await PostAsync(caller, "{ communities(seed: 5) { networkVersion } }");

        using var response = await factory.CreateAnonymousClient().GetAsync("/readyz");
        var checks = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        release.SetResult();
        await queued.WaitAsync(Patience);

        var data = checks["scheduler"].GetProperty("data");
        Assert.Equal("Degraded", checks["scheduler"].GetProperty("status").GetString());
        Assert.Equal(1, data.GetProperty("workers").GetInt32());
        Assert.Equal(1, data.GetProperty("running").GetInt32());
        Assert.Equal(1, data.GetProperty("queued").GetInt32());
        Assert.Equal(1, data.Path("rejected.callerShare").GetInt64());
        Assert.Equal(0, data.Path("rejected.queueFull").GetInt64());
        Assert.Equal(0, data.Path("rejected.waitTooLong").GetInt64());
    }

    /// <summary>The real host with a scheduler of one worker and one queued item, and its logs captured.</summary>
    private sealed class OverloadFactory : ApiFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Scheduler:Workers"] = "1",
            ["Scheduler:MaxQueued"] = "1",
            ["Scheduler:MaxQueuedPerCaller"] = "1",
        };

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
    }

    private static async Task<HttpResponseMessage> PostAsync(GraphQLClient client, string query) =>
        await client.Http.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"));

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal([code], body.ErrorCodes);
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        var seconds = int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(seconds >= 1, $"Retry-After {seconds}");
        Assert.Equal(seconds, body.Errors[0].Path("extensions.retryAfterSeconds").GetInt32());
    }

    /// <summary>Occupies the one worker with fake work until the test releases it.</summary>
    private async Task HoldTheWorkerAsync(AnalysisScheduler scheduler)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = scheduler.RunAsync("test:holder", _ =>
        {
            started.SetResult();
            release.Task.Wait(Patience);
            return 0;
        }, CancellationToken.None);
        await started.Task.WaitAsync(Patience);
    }
}
