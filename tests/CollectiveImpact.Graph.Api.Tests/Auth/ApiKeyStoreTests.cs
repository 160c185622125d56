using System.Text;
using CollectiveImpact.Graph.Api.Auth;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Api.Tests.Auth;

/// <summary>The key file: secrets shown once and stored only as SHA-256, revocation (and the keys found kept in memory), and the rules for roles.</summary>
public sealed class ApiKeyStoreTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "ci-graph-keys-" + Guid.NewGuid().ToString("N"), "auth.db");
    private readonly ApiKeyStore store;

    public ApiKeyStoreTests() => store = new ApiKeyStore(new AuthDatabase(path), TimeProvider.System);

    [Fact]
    public void Create_NewKey_FindsItBySecretAndNeverStoresTheSecret()
    {
        var created = store.Create("Evaluator", "Evaluation team", null);

        var found = store.Find(created.Secret);
        SqliteConnection.ClearAllPools();
        var fileBytes = File.ReadAllBytes(path).Concat(File.Exists(path + "-wal") ? File.ReadAllBytes(path + "-wal") : []).ToArray();

        Assert.StartsWith(ApiKeyStore.SecretPrefix, created.Secret, StringComparison.Ordinal);
        Assert.True(created.Secret.Length >= 40, "32 random bytes in base64url");
        Assert.Equal(created.Key with { CreatedAt = found!.CreatedAt }, found);
        Assert.Equal(Roles.Evaluator, found.Role);
        Assert.Equal(-1, IndexOf(fileBytes, Encoding.UTF8.GetBytes(created.Secret)));
    }

    [Fact]
    public void Find_WrongOrMalformedSecret_FindsNothing()
    {
        var created = store.Create(Roles.Backbone, "Admin", null);

        Assert.Null(store.Find(created.Secret + "x"));
        Assert.Null(store.Find(created.Secret[..^1]));
        Assert.Null(store.Find("not-a-key"));
        Assert.Null(store.Find(ApiKeyStore.SecretPrefix + new string('a', 500)));
    }

    [Fact]
    public void Revoke_Key_StopsItWorkingButKeepsItListed()
    {
        var created = store.Create(Roles.Dashboard, "Wall screen", null);

        var revoked = store.Revoke(created.Key.Id);

        Assert.NotNull(revoked!.RevokedAt);
        Assert.Null(store.Find(created.Secret));
        Assert.True(Assert.Single(store.List()).Revoked);
        Assert.Null(store.Revoke("key-none"));
    }

    [Fact]
    public void Create_PartnerWithoutOrganizationOrUnknownRole_IsRefused()
    {
        var partner = Assert.Throws<ArgumentException>(() => store.Create(Roles.Partner, "Clinic", null));
        var unknown = Assert.Throws<ArgumentException>(() => store.Create("admin", "Someone", null));
        var unnamed = Assert.Throws<ArgumentException>(() => store.Create(Roles.Backbone, " ", null));

        Assert.Contains("organization", partner.Message, StringComparison.Ordinal);
        Assert.Contains("'admin' is not a role", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("name", unnamed.Message, StringComparison.Ordinal);
        Assert.False(store.Any());
    }

    [Fact]
    public void Create_NonPartnerWithOrganization_DropsTheOrganization()
    {
        var created = store.Create(Roles.Evaluator, "Evaluation team", "o-backbone");

        Assert.Null(created.Key.Organization);
    }

    [Fact]
    public void Find_KeyFoundBefore_IsAnsweredFromMemoryUntilItsLifetimeEnds()
    {
        var clock = new Clock();
        var cached = new ApiKeyStore(new AuthDatabase(path), clock);
        var created = cached.Create(Roles.Evaluator, "Evaluation team", null);
        cached.Find(created.Secret);

        // Another process (the keys command line) revokes it in the file, behind the cache's back.
        new ApiKeyStore(new AuthDatabase(path), TimeProvider.System).Revoke(created.Key.Id);
        var withinLifetime = cached.Find(created.Secret);
        clock.Advance(ApiKeyStore.FoundKeyLifetime);
        var afterLifetime = cached.Find(created.Secret);

        Assert.Equal(created.Key.Id, withinLifetime?.Id);
        Assert.Null(afterLifetime);
    }

    [Fact]
    public void Revoke_KeyFoundBefore_StopsItWorkingAtOnce()
    {
        var created = store.Create(Roles.Dashboard, "Wall screen", null);
        Assert.NotNull(store.Find(created.Secret));

        store.Revoke(created.Key.Id);

        Assert.Null(store.Find(created.Secret));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A clock that moves only when the test says so.</summary>
    private sealed class Clock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
