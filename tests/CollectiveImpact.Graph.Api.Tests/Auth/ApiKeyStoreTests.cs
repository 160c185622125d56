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

    /// <summary>A share link works until it expires, read back with its view; only dashboard and partner links, at most a year.</summary>
    [Fact]
    public void ShareLink_WorksUntilItExpiresAndKeepsItsView()
    {
        var clock = new Clock();
        var links = new ApiKeyStore(new AuthDatabase(path), clock);

        var created = links.CreateShareLink(Roles.Dashboard, "Partners' meeting", null, clock.GetUtcNow().AddDays(7), "?asOf=2025-06-30");
        var found = links.Find(created.Secret);
        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        var stillWorks = links.Find(created.Secret);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal((Roles.Dashboard, "?asOf=2025-06-30", true), (found!.Role, found.View, found.IsShareLink));
        Assert.StartsWith("share-", found.Id, StringComparison.Ordinal);
        Assert.NotNull(stillWorks);
        Assert.Null(links.Find(created.Secret));
        Assert.Equal(created.Key.ExpiresAt, links.List().Single(k => k.Id == created.Key.Id).ExpiresAt);
        Assert.Throws<ArgumentException>(() => links.CreateShareLink(Roles.Backbone, "x", null, clock.GetUtcNow().AddDays(1), null));
        Assert.Throws<ArgumentException>(() => links.CreateShareLink(Roles.Evaluator, "x", null, clock.GetUtcNow().AddDays(1), null));
        Assert.Throws<ArgumentException>(() => links.CreateShareLink(Roles.Dashboard, "x", null, clock.GetUtcNow().AddDays(400), null));
        Assert.Throws<ArgumentException>(() => links.CreateShareLink(Roles.Dashboard, "x", null, clock.GetUtcNow().AddDays(1), "asOf=no-question-mark"));
        Assert.Throws<ArgumentException>(() => links.CreateShareLink(Roles.Partner, "x", null, clock.GetUtcNow().AddDays(1), null));
    }

    /// <summary>A key file written before share links gains their columns; its keys keep working and do not expire.</summary>
    [Fact]
    public void KeyFileFromBeforeShareLinks_GainsTheColumnsAndKeepsItsKeys()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE api_keys (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, organization TEXT,
                    secret_sha256 BLOB NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT);
                INSERT INTO api_keys VALUES ('key-old', 'Old key', 'backbone', NULL, $hash, '2025-01-01T00:00:00.0000000+00:00', NULL);
                """;
            command.Parameters.AddWithValue("$hash", System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("cig_old-secret")));
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var migrated = new ApiKeyStore(new AuthDatabase(path), TimeProvider.System);

        var old = migrated.Find("cig_old-secret");

        Assert.Equal(("key-old", Roles.Backbone, (DateTimeOffset?)null, false), (old!.Id, old.Role, old.ExpiresAt, old.IsShareLink));
    }

    /// <summary>A clock that moves only when the test says so.</summary>
    private sealed class Clock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
