using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Reviews;

namespace CollectiveImpact.Graph.Api.Tests.Reviews;

/// <summary>
/// The review store on its own file: marks kept in the access layer's file (a second store on the same file reads
/// them), the bound on how many are kept (a new key beyond it is refused and nothing written; a kept one can still be
/// marked again), and a file written before reviews existed gains the table.
/// </summary>
public sealed class FindingReviewStoreTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "ci-graph-reviews-" + Guid.NewGuid().ToString("N"), "auth.db");

    [Fact]
    public void Mark_IsKeptInTheFile_AndTheBoundRefusesNewKeysOnly()
    {
        var store = new FindingReviewStore(new AuthDatabase(path), TimeProvider.System, limit: 2);
        store.Mark("gap:GOAL_WITHOUT_INDICATOR:g-a", "first", "Backbone");
        store.Mark("overlap:a-1|a-2", null, "Backbone");

        var refused = Assert.Throws<ArgumentProblem>(() => store.Mark("overlap:a-3|a-4", null, "Backbone"));
        var again = store.Mark("gap:GOAL_WITHOUT_INDICATOR:g-a", "second", "Evaluator");
        var reread = new FindingReviewStore(new AuthDatabase(path), TimeProvider.System).List();

        Assert.StartsWith("key: 2 findings are marked already", refused.Message, StringComparison.Ordinal);
        Assert.Equal(("second", "Evaluator"), (again.Note, again.ReviewedBy));
        Assert.Equal(["gap:GOAL_WITHOUT_INDICATOR:g-a", "overlap:a-1|a-2"], reread.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal("second", reread.Single(r => r.Key.StartsWith("gap:", StringComparison.Ordinal)).Note);
    }

    [Fact]
    public void OlderFile_WithoutTheReviewsTable_GainsIt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE api_keys (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, organization TEXT, secret_sha256 BLOB NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT)";
            command.ExecuteNonQuery();
        }

        var store = new FindingReviewStore(new AuthDatabase(path), TimeProvider.System);
        store.Mark("introduction:o-a|o-b", null, "Backbone");

        Assert.Single(store.List());
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
}
