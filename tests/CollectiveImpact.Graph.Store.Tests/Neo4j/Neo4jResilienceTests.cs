using System.Net;
using System.Net.Sockets;
using CollectiveImpact.Graph.Store.Neo4j;
using static CollectiveImpact.Graph.Store.Tests.Neo4j.QueryApiPayloads;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// The retry policy: transient failures retried with exponential backoff (base 1 ms here, so 1, 2, 4 ms), client
/// errors and authentication failures never. Transport failures are retried request by request on the HTTP pipeline;
/// Neo.TransientError.* retries the store's whole unit of work.
/// </summary>
public sealed class Neo4jResilienceTests
{
    private static readonly CypherStatement Statement = new("test", "RETURN 1 AS one", new HashSet<string>());

    public static TheoryData<string> TransportFailures => new() { "503", "connection refused" };

    [Theory]
    [MemberData(nameof(TransportFailures))]
    public async Task Transport_FailureTwiceThenAnswer_IsRetriedUntilItAnswers(string failure)
    {
        Func<HttpResponseMessage> fail = failure == "503"
            ? () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : () => throw new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused));
        using var host = new Neo4jTestHost(new RecordingHandler(fail, fail, () => RecordingHandler.Json(Integer("one", 1))));

        var result = await host.Client().RunAsync(Query.Of(Statement), AccessMode.Read, CancellationToken.None);

        Assert.Equal(1L, result.Single("one"));
        Assert.Equal(3, host.Handler.Requests.Count);
    }

    [Fact]
    public async Task Transport_503Throughout_GivesUpAfterTheRetriesAsUnavailable()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(() => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(
            () => host.Client().RunAsync(Query.Of(Statement), AccessMode.Read, CancellationToken.None));

        Assert.Contains("503", error.Message);
        Assert.Equal(1 + host.Options.MaxRetries, host.Handler.Requests.Count);
    }

    public static TheoryData<HttpStatusCode, string> NotRetried => new()
    {
        { HttpStatusCode.Unauthorized, Unauthorized },
        { HttpStatusCode.BadRequest, SyntaxError },
        { HttpStatusCode.BadRequest, ConstraintViolation },
        { HttpStatusCode.InternalServerError, Error("Neo.DatabaseError.General.UnknownError", "boom") },
    };

    [Theory]
    [MemberData(nameof(NotRetried))]
    public async Task Store_ClientOrAuthenticationError_IsNotRetried(HttpStatusCode status, string payload)
    {
        var retries = new List<(int, TimeSpan, Exception)>();
        using var host = new Neo4jTestHost(new RecordingHandler(() => RecordingHandler.Json(payload, status)));
        var store = host.StoreObservingRetries(retries);

        await Assert.ThrowsAnyAsync<Neo4jException>(() => store.GetVersionAsync());

        Assert.Single(host.Handler.Requests);
        Assert.Empty(retries);
    }

    [Fact]
    public async Task Store_TransientErrorThenAnswer_RetriesTheReadWithExponentialBackoff()
    {
        var retries = new List<(int Attempt, TimeSpan Delay, Exception Failure)>();
        var scripted = new ScriptedNeo4j { Version = 7 };
        var deadlocks = 0;
        scripted.Answers[CypherFiles.Version] = _ => Interlocked.Increment(ref deadlocks) <= 3
            ? RecordingHandler.Json(Deadlock)
            : RecordingHandler.Json(Integer("version", 7));
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));
        var store = host.StoreObservingRetries(retries);

        var version = await store.GetVersionAsync();

        Assert.Equal(7, version);
        Assert.Equal([0, 1, 2], retries.Select(r => r.Attempt));
        Assert.Equal([1.0, 2.0, 4.0], retries.Select(r => r.Delay.TotalMilliseconds));
        Assert.All(retries, r => Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", ((Neo4jTransientException)r.Failure).Code));
    }

    [Fact]
    public async Task Store_TransientErrorThroughout_SurfacesAfterTheRetries()
    {
        var scripted = new ScriptedNeo4j();
        scripted.Answers[CypherFiles.Version] = _ => RecordingHandler.Json(Deadlock);
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));

        await Assert.ThrowsAsync<Neo4jTransientException>(() => host.Store.GetVersionAsync());

        Assert.Equal(1 + host.Options.MaxRetries, host.Handler.Requests.Count(r => ScriptedNeo4j.FileOf(r.Statement) == CypherFiles.Version));
    }

    [Fact]
    public async Task UnitOfWork_NoRetriesConfigured_RunsOnce()
    {
        var pipeline = Neo4jResilience.UnitOfWork(new Neo4jStoreOptions { Uri = "http://x", MaxRetries = 0 });
        var runs = 0;

        await Assert.ThrowsAsync<Neo4jTransientException>(async () =>
            await pipeline.ExecuteAsync(_ =>
            {
                runs++;
                throw new Neo4jTransientException("deadlock", "Neo.TransientError.Transaction.DeadlockDetected");
            }));

        Assert.Equal(1, runs);
    }
}
