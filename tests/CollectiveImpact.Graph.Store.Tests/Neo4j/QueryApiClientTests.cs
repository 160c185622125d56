using System.Net;
using System.Net.Sockets;
using System.Text;
using CollectiveImpact.Graph.Store.Neo4j;
using static CollectiveImpact.Graph.Store.Tests.Neo4j.QueryApiPayloads;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// The client against recorded Query API answers: the requests it sends (paths, headers, bodies), the explicit
/// transaction flow, and how each documented failure surfaces. Paths and headers are those of the Query API docs.
/// </summary>
public sealed class QueryApiClientTests
{
    private static readonly CypherStatement Statement = new("test", "RETURN $x AS x", new HashSet<string> { "x" });

    [Fact]
    public async Task Run_SendsOneImplicitQueryWithBasicAuthAndTypedJson()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(() => RecordingHandler.Json(NodeAndString)));

        var result = await host.Client().RunAsync(Query.Of(Statement, ("x", 1)), AccessMode.Read, CancellationToken.None);

        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal((HttpMethod.Post, "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:verysecret")), request.Authorization);
        Assert.Equal("application/vnd.neo4j.query", request.Accept);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("Read", request.Property("accessMode")?.GetString());
        Assert.Equal("Phil", result.Single("name"));
    }

    [Fact]
    public async Task Run_WithToken_SendsBearerAuthAndTheConfiguredDatabase()
    {
        using var host = new Neo4jTestHost(
            new RecordingHandler(() => RecordingHandler.Json(Empty)),
            new() { ["Neo4j:User"] = null, ["Neo4j:Password"] = null, ["Neo4j:Token"] = "xbhkjnlvianztghqwawxqfe", ["Neo4j:Database"] = "impact" });

        await host.Client().RunAsync(Query.Of(Statement, ("x", 1)), AccessMode.Read, CancellationToken.None);

        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal("/db/impact/query/v2", request.Path);
        Assert.Equal("Bearer " + Convert.ToBase64String(Encoding.UTF8.GetBytes("xbhkjnlvianztghqwawxqfe")), request.Authorization);
    }

    [Fact]
    public async Task Transaction_OpenRunCommit_UsesTheTransactionIdAndReplaysTheAffinityHeader()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(
            () => RecordingHandler.Json(Opened("lyU"), affinity: "MTAuOC41Ljc6MTc0NzQ="),
            () => RecordingHandler.Json(InTransaction("lyU")),
            () => RecordingHandler.Json(Committed("FB:after-commit"))));
        var client = host.Client();

        await using (var transaction = await client.BeginAsync(Query.Of(Statement, ("x", 1)), AccessMode.Write, CancellationToken.None))
        {
            await transaction.RunAsync(Query.Of(Statement, ("x", 2)), CancellationToken.None);
            await transaction.CommitAsync(Query.Of(Statement, ("x", 3)), CancellationToken.None);
        }

        var requests = host.Handler.Requests;
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal([null, "MTAuOC41Ljc6MTc0NzQ=", "MTAuOC41Ljc6MTc0NzQ="], requests.Select(r => r.Affinity));
        Assert.Equal(["1", "2", "3"], requests.Select(r => r.Property("parameters")!.Value.GetProperty("x").GetRawText()));
        Assert.Equal(["FB:after-commit"], client.Bookmarks);
    }

    [Fact]
    public async Task Transaction_DisposedAfterAFailedStatement_IsRolledBackWithDelete()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(
            () => RecordingHandler.Json(Opened("lyU")),
            () => RecordingHandler.Json(SyntaxError),
            () => RecordingHandler.Json(Empty)));

        var error = await Assert.ThrowsAsync<Neo4jException>(async () =>
        {
            await using var transaction = await host.Client().BeginAsync(Query.Of(Statement, ("x", 1)), AccessMode.Write, CancellationToken.None);
            await transaction.RunAsync(Query.Of(Statement, ("x", 2)), CancellationToken.None);
            await transaction.CommitAsync(null, CancellationToken.None);
        });

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "DELETE /db/neo4j/query/v2/tx/lyU"],
            host.Handler.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Transaction_RollbackOfATransactionTheServerAlreadyClosed_IsQuiet()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(
            () => RecordingHandler.Json(Opened("lyU")),
            () => RecordingHandler.Json(TransactionNotFound, HttpStatusCode.NotFound)));

        await using (await host.Client().BeginAsync(Query.Of(Statement, ("x", 1)), AccessMode.Write, CancellationToken.None))
        {
        }

        Assert.Equal(HttpMethod.Delete, host.Handler.Requests[^1].Method);
    }

    [Fact]
    public async Task Run_AfterACommit_SendsTheCommitsBookmarks()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(
            () => RecordingHandler.Json(Opened("lyU")),
            () => RecordingHandler.Json(Committed("FB:written")),
            () => RecordingHandler.Json(Empty)));
        var client = host.Client();
        var transaction = await client.BeginAsync(Query.Of(Statement, ("x", 1)), AccessMode.Write, CancellationToken.None);
        await transaction.CommitAsync(null, CancellationToken.None);

        await client.RunAsync(Query.Of(Statement, ("x", 2)), AccessMode.Read, CancellationToken.None);

        Assert.Equal(["FB:written"], host.Handler.Requests[^1].Property("bookmarks")!.Value.EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public async Task Run_Unauthorized_ThrowsTheNamedExceptionWithTheServersReason()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(() => RecordingHandler.Json(Unauthorized, HttpStatusCode.Unauthorized)));

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(
            () => host.Client().RunAsync(Query.Of(Statement, ("x", 1)), AccessMode.Read, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("Invalid username or password", error.Message);
        Assert.Contains("neo4j.test:7474", error.Message);
    }

    [Fact]
    public async Task Run_ForbiddenWithoutBody_ThrowsTheAuthenticationException()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(() => new HttpResponseMessage(HttpStatusCode.Forbidden)));

        await Assert.ThrowsAsync<Neo4jAuthenticationException>(
            () => host.Client().RunAsync(Query.Of(Statement, ("x", 1)), AccessMode.Read, CancellationToken.None));
    }

    [Fact]
    public async Task Run_ConstraintViolation_ThrowsTheNamedException()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(() => RecordingHandler.Json(ConstraintViolation, HttpStatusCode.BadRequest)));

        var error = await Assert.ThrowsAsync<Neo4jConstraintViolationException>(
            () => host.Client().RunAsync(Query.Of(Statement, ("x", 1)), AccessMode.Write, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Contains("o-ed", error.Message);
    }

    [Fact]
    public async Task Run_ServerNeverAnswers_ThrowsUnavailableNamingTheAddress()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(() =>
            throw new HttpRequestException("Connection refused (neo4j.test:7474)", new SocketException((int)SocketError.ConnectionRefused))));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(
            () => host.Client().RunAsync(Query.Of(Statement, ("x", 1)), AccessMode.Read, CancellationToken.None));

        Assert.Contains("http://neo4j.test:7474", error.Message);
        Assert.Contains("unreachable", error.Message);
    }

    [Fact]
    public async Task Run_ProxyErrorPage_ThrowsWithTheStatus()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(() => new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html>Bad gateway</html>"),
        }));

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => host.Client().RunAsync(Query.Of(Statement, ("x", 1)), AccessMode.Read, CancellationToken.None));

        Assert.Contains("502", error.Message);
    }
}
