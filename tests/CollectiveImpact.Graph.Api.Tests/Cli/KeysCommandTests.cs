using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Cli;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Api.Tests.Cli;

/// <summary><c>keys create|list|revoke</c> against a key file, and the split of the command line.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "ci-graph-keys-" + Guid.NewGuid().ToString("N"), "auth.db");
    private readonly ApiKeyStore store;

    public KeysCommandTests() => store = new ApiKeyStore(new AuthDatabase(path), TimeProvider.System);

    [Fact]
    public void Run_CreateListRevoke_ManagesTheKeyFile()
    {
        var (created, createOutput, _) = Run("create", "--role", "partner", "--name", "Riverbend Health", "--organization", "o-riverbend-health");
        var secret = createOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        var key = store.Find(secret)!;
        var (listed, listOutput, _) = Run("list");
        var (revoked, revokeOutput, _) = Run("revoke", key.Id);

        Assert.Equal(0, created);
        Assert.Equal(Roles.Partner, key.Role);
        Assert.Equal("o-riverbend-health", key.Organization);
        Assert.Equal(0, listed);
        Assert.Contains($"{key.Id}\tpartner\to-riverbend-health\t", listOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listOutput, StringComparison.Ordinal);
        Assert.Equal(0, revoked);
        Assert.Contains("Revoked key " + key.Id, revokeOutput, StringComparison.Ordinal);
        Assert.Null(store.Find(secret));
    }

    [Theory]
    [InlineData(2, "keys create needs --role and --name", "create", "--role", "evaluator")]
    [InlineData(2, "Unexpected argument '--colour'", "create", "--colour", "red")]
    [InlineData(2, "No keys command given", new string[0])]
    [InlineData(2, "Unknown keys command: rotate", "rotate")]
    [InlineData(1, "'root' is not a role", "create", "--role", "root", "--name", "x")]
    [InlineData(1, "No key has the id 'key-none'", "revoke", "key-none")]
    public void Run_BadArguments_ExplainsAndFails(int exitCode, string message, params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(exitCode, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeysWithSettingsAndNoAuthFlag_SplitsHostAndCommandArguments()
    {
        var keys = HostArguments.Parse(["keys", "list", "--Auth:KeysPath=/tmp/k.db"]);
        var serve = HostArguments.Parse(["--no-auth", "--Urls=http://127.0.0.1:5"]);

        Assert.Equal(["list"], keys.KeysArgs!);
        Assert.Equal(HostArguments.Keys, keys.Command);
        Assert.Equal(["--Auth:KeysPath=/tmp/k.db"], keys.HostArgs);
        Assert.Null(serve.KeysArgs);
        Assert.Equal(["--Auth:Mode=None", "--Urls=http://127.0.0.1:5"], serve.HostArgs);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        var directory = Path.GetDirectoryName(path)!;
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = KeysCommand.Run(args, store, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
