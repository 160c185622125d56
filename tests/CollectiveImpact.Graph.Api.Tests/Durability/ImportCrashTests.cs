using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Generation;

namespace CollectiveImpact.Graph.Api.Tests.Durability;

/// <summary>
/// The service killed with SIGKILL in the middle of a large import (a REPLACE of a generated network, so that any
/// half-applied write would show) keeps, after a restart, exactly what it held before that import: every earlier
/// committed write, and nothing of the interrupted one; and the write-ahead log the killed process left behind is
/// checkpointed and truncated by the next start.
/// </summary>
public sealed class ImportCrashTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Sigkill_DuringALargeImport_RestartHoldsExactlyTheStateBeforeIt()
    {
        await using var service = new ServiceProcess(new Dictionary<string, string> { ["Limits:ExecutionTimeout"] = "00:05:00" });
        var (before, _) = await CommitThenKillDuringALargeImportAsync(service);

        await service.StartAsync(StartTimeout);
        using var restarted = service.Client();
        var after = await Export(restarted);

        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Document, after.Document);
        Assert.Contains("g-committed", after.Document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigkill_DuringALargeImport_NextStartTruncatesTheWalAndKeepsTheData()
    {
        await using var service = new ServiceProcess(new Dictionary<string, string> { ["Limits:ExecutionTimeout"] = "00:05:00" });
        var (before, walAtKill) = await CommitThenKillDuringALargeImportAsync(service);

        await service.StartAsync(StartTimeout);
        var walAfterStart = new FileInfo(service.DatabasePath + "-wal").Length;
        using var restarted = service.Client();
        var after = await Export(restarted);

        Assert.True(walAtKill > 256 * 1024, $"The log held {walAtKill} bytes at the kill.");
        Assert.Equal(0, walAfterStart);
        Assert.Equal(before, after);
    }

    /// <summary>
    /// Starts the service, commits a small import and one mutation, then SIGKILLs it while a large REPLACE is being
    /// written. Returns the export before the large import and the write-ahead log's size at the kill.
    /// </summary>
    private static async Task<((long Version, string Document) Before, long WalAtKill)> CommitThenKillDuringALargeImportAsync(ServiceProcess service)
    {
        await service.StartAsync(StartTimeout);
        using var client = service.Client();

        // Committed writes: a small import, then a single mutation.
        await Import(client, NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 1, Organizations = 30 }), "MERGE");
        await Post(client, """mutation { createGoal(input: { id: "g-committed", name: "Committed before the crash" }) { version } }""");
        var before = await Export(client);

        // Large enough that its pages overflow the connection's 64 MiB page cache while the rows go in (a large replace
        // fills tables without indexes, so a smaller one can stay in the cache until the commit and leave no moment to
        // kill it mid-write).
        var large = NetworkDocumentWriter.Write(NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 2, Organizations = 30_000 }));
        var wal = service.DatabasePath + "-wal";
        var walBefore = File.Exists(wal) ? new FileInfo(wal).Length : 0;
        var import = Import(client, large, "REPLACE", rawDocument: true);

        // Kill while the import is being written: as soon as the write-ahead log has grown by 256 KiB (the
        // transaction's pages are going to disk; parsing and validation came first).
        var watch = Stopwatch.StartNew();
        var writing = false;
        while (!import.IsCompleted && !writing && watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            writing = File.Exists(wal) && new FileInfo(wal).Length > walBefore + 256 * 1024;
            await Task.Delay(writing ? 0 : 2);
        }

        Assert.False(import.IsCompleted, "The import finished before the kill; the test proves nothing. Output:\n" + service.Output);
        Assert.True(writing, "The write-ahead log never grew while the import ran.");
        await service.KillAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => import);
        return (before, new FileInfo(wal).Length);
    }

    private static async Task Import(HttpClient client, object network, string mode, bool rawDocument = false)
    {
        var document = rawDocument ? (byte[])network : NetworkDocumentWriter.Write((Store.Domain.Network)network);
        var body = Encoding.UTF8.GetBytes("{\"query\":\"mutation($d: JSON!) { importNetwork(document: $d, mode: " + mode + ") { version } }\",\"variables\":{\"d\":")
            .Concat(document).Concat(Encoding.UTF8.GetBytes("}}")).ToArray();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode && !text.Contains("\"errors\"", StringComparison.Ordinal), text);
    }

    private static async Task<JsonElement> Post(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").Clone();
    }

    private static async Task<(long Version, string Document)> Export(HttpClient client)
    {
        var data = await Post(client, "{ exportNetwork { version document } }");
        return (data.Path("exportNetwork.version").GetInt64(), data.Path("exportNetwork.document").GetRawText());
    }
}
