using System.Net;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Neo4j;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;
using static CollectiveImpact.Graph.Store.Tests.Neo4j.QueryApiPayloads;
using static CollectiveImpact.Graph.Store.Tests.Storage.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// How the store drives Neo4j's explicit transactions, seen through the requests it sends to a
/// <see cref="ScriptedNeo4j"/>: one transaction per write (lock, read when the cache is stale, apply, commit with the
/// version), rolled back on any failure, re-run whole on a transient one.
/// </summary>
public sealed class Neo4jNetworkStoreTransactionTests
{
    private static readonly string[] ReadUnderLock = [CypherFiles.AllNodes, CypherFiles.AllMeasurements, CypherFiles.AllTies];

    [Fact]
    public async Task Write_ReplaceOnAnEmptyStore_RunsInOneTransactionInReferenceOrderAndCommitsTheVersion()
    {
        var scripted = new ScriptedNeo4j();
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));

        var result = await host.Store.WriteAsync(NetworkChange.Replace(Riverside));

        Assert.Equal(new WriteResult(1, Riverside.Counts, 0), result);
        var requests = host.Handler.Requests;
        var schema = CypherFiles.Schema.Sum(f => CypherCatalog.Embedded.File(f).Statements.Count);
        Assert.All(requests.Take(schema), r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        Assert.Equal(
            [
                $"POST tx {CypherFiles.LockNetwork}",
                .. ReadUnderLock.Select(f => $"POST tx/{ScriptedNeo4j.TransactionId} {f}"),
                .. new[]
                {
                    CypherFiles.ClearNetwork, CypherFiles.UpsertGoals, CypherFiles.UpsertIndicators, CypherFiles.UpsertOrganizations,
                    CypherFiles.UpsertPeople, CypherFiles.UpsertActivities, CypherFiles.UpsertInitiative, CypherFiles.UpsertMeasurements,
                    CypherFiles.UpsertTies,
                }.Select(f => $"POST tx/{ScriptedNeo4j.TransactionId} {f}"),
                $"POST tx/{ScriptedNeo4j.TransactionId}/commit {CypherFiles.SetVersion}",
            ],
            requests.Skip(schema).Select(Describe));
        Assert.Equal("1", requests[^1].Property("parameters")!.Value.GetProperty("version").GetRawText());
        Assert.Equal("Write", requests[schema].Property("accessMode")!.Value.GetString());
    }

    [Fact]
    public async Task Write_BigImport_SendsEachKindInBatchesOfTheConfiguredSize()
    {
        var scripted = new ScriptedNeo4j();
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond), new() { ["Neo4j:BatchSize"] = "2" });

        await host.Store.WriteAsync(NetworkChange.Replace(Riverside));

        var goalBatches = host.Handler.Requests.Where(r => ScriptedNeo4j.FileOf(r.Statement) == CypherFiles.UpsertGoals).ToList();
        Assert.Equal([2, 1], goalBatches.Select(r => r.Property("parameters")!.Value.GetProperty("rows").GetArrayLength()));
        Assert.Equal([0, 1, 2], goalBatches.SelectMany(r => r.Property("parameters")!.Value.GetProperty("rows").EnumerateArray())
            .Select(row => row.GetProperty("position").GetInt32()));
    }

    [Fact]
    public async Task Write_StatementFailingHalfWay_RollsBackAndNeverCommits()
    {
        var scripted = new ScriptedNeo4j();
        scripted.Answers[CypherFiles.UpsertOrganizations] = _ => RecordingHandler.Json(
            Error("Neo.DatabaseError.Statement.ExecutionFailed", "boom"), HttpStatusCode.InternalServerError);
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => host.Store.WriteAsync(NetworkChange.Replace(Riverside)));

        Assert.Equal("Neo.DatabaseError.Statement.ExecutionFailed", error.Code);
        var requests = host.Handler.Requests;
        Assert.Equal($"DELETE tx/{ScriptedNeo4j.TransactionId} (none)", Describe(requests[^1]));
        Assert.DoesNotContain(requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => ScriptedNeo4j.FileOf(r.Statement) == CypherFiles.UpsertPeople);
    }

    [Fact]
    public async Task Write_InvalidChange_IsRefusedBeforeAnythingIsWrittenAndRolledBack()
    {
        var scripted = new ScriptedNeo4j();
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));

        var error = await Assert.ThrowsAsync<NetworkValidationException>(() => host.Store.WriteAsync(NetworkChange.Merge(Network.Empty with
        {
            Indicators = [new Indicator("i-x", "Orphan", "g-nowhere")],
        })));

        Assert.Contains(error.Problems, p => p.Message.Contains("g-nowhere", StringComparison.Ordinal));
        var files = host.Handler.Requests.Select(r => ScriptedNeo4j.FileOf(r.Statement)).ToList();
        Assert.DoesNotContain(files, f => f is not null && f.StartsWith("write/upsert-", StringComparison.Ordinal));
        Assert.Equal(HttpMethod.Delete, host.Handler.Requests[^1].Method);
        Assert.Equal(0, scripted.Version);
    }

    [Fact]
    public async Task Write_CacheAtTheLockedVersion_ValidatesWithoutReadingTheNetworkAgain()
    {
        var scripted = new ScriptedNeo4j();
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));
        await host.Store.WriteAsync(NetworkChange.Replace(Riverside));
        var before = host.Handler.Requests.Count;

        var result = await host.Store.WriteAsync(NetworkChange.Merge(Network.Empty with
        {
            Indicators = [new Indicator("i-new", "New", "g-ready")],
        }));

        Assert.Equal(2, result.Version);
        var second = host.Handler.Requests.Skip(before).Select(r => ScriptedNeo4j.FileOf(r.Statement)).ToList();
        Assert.DoesNotContain(CypherFiles.AllNodes, second);
        Assert.Contains(CypherFiles.UpsertIndicators, second);
    }

    [Fact]
    public async Task Write_VersionMovedSinceTheCache_RevalidatesAgainstTheNetworkReadUnderTheLock()
    {
        var scripted = new ScriptedNeo4j();
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));
        await host.Store.WriteAsync(NetworkChange.Replace(Riverside));

        // Another process replaced everything with an empty network: the locked version is 5, the cache holds 1.
        scripted.Version = 5;
        var before = host.Handler.Requests.Count;
        var error = await Assert.ThrowsAsync<NetworkValidationException>(() => host.Store.WriteAsync(NetworkChange.Merge(Network.Empty with
        {
            Indicators = [new Indicator("i-new", "New", "g-ready")],
        })));

        Assert.Contains(error.Problems, p => p.Message.Contains("g-ready", StringComparison.Ordinal));
        var second = host.Handler.Requests.Skip(before).Select(r => ScriptedNeo4j.FileOf(r.Statement)).ToList();
        Assert.Equal(ReadUnderLock, second.Where(ReadUnderLock.Contains));
    }

    [Fact]
    public async Task Write_DeadlockHalfWay_RunsTheWholeTransactionAgain()
    {
        var scripted = new ScriptedNeo4j();
        var deadlocked = 0;
        scripted.Answers[CypherFiles.UpsertGoals] = _ => Interlocked.Increment(ref deadlocked) == 1
            ? RecordingHandler.Json(Deadlock)
            : RecordingHandler.Json(InTransaction(ScriptedNeo4j.TransactionId));
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));

        var result = await host.Store.WriteAsync(NetworkChange.Replace(Riverside));

        Assert.Equal(1, result.Version);
        var files = host.Handler.Requests.Select(r => ScriptedNeo4j.FileOf(r.Statement)).ToList();
        Assert.Equal(2, files.Count(f => f == CypherFiles.LockNetwork));
        Assert.Equal(2, files.Count(f => f == CypherFiles.ClearNetwork));
        Assert.Single(host.Handler.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Single(host.Handler.Requests, r => r.Method == HttpMethod.Delete);
    }

    [Fact]
    public async Task ReadSnapshot_StaleCache_ReadsUnderTheLockAndRollsBack()
    {
        var scripted = new ScriptedNeo4j { Version = 3 };
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));

        var snapshot = await host.Store.ReadSnapshotAsync();
        var again = await host.Store.ReadSnapshotAsync();

        Assert.Equal(3, snapshot.Version);
        Assert.Same(snapshot.Network, again.Network);
        var requests = host.Handler.Requests;
        Assert.Single(requests, r => ScriptedNeo4j.FileOf(r.Statement) == CypherFiles.LockNetwork);
        Assert.Single(requests, r => r.Method == HttpMethod.Delete);
        Assert.DoesNotContain(requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    private static string Describe(RecordedRequest request)
    {
        var path = request.Path["/db/neo4j/query/v2/".Length..];
        return $"{request.Method} {path} {ScriptedNeo4j.FileOf(request.Statement) ?? "(none)"}";
    }
}
