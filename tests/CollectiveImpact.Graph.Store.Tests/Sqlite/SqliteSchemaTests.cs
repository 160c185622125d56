using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Sqlite;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Store.Tests.Sqlite;

/// <summary>The migrations on raw files: versions recorded, idempotent, newer files refused, filters indexed.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempDatabase database = new();

    public SqliteSchemaTests() => Directory.CreateDirectory(database.Folder);

    public void Dispose() => database.Dispose();

    [Fact]
    public void Migrations_AreNumberedOneByOneFromOne()
    {
        var versions = SqliteSchema.Migrations.Select(m => m.Version);

        Assert.Equal(Enumerable.Range(1, SqliteSchema.Migrations.Count), versions);
        Assert.Equal(SqliteSchema.Migrations.Count, SqliteSchema.CurrentVersion);
        Assert.All(SqliteSchema.Migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Description)));
    }

    [Fact]
    public void Migrate_NewFile_CreatesEveryTableAndRecordsTheVersions()
    {
        using var connection = database.Connect();

        SqliteSchema.Migrate(connection, "test file");

        Assert.Equal(SqliteSchema.CurrentVersion, SqliteSchema.ReadSchemaVersion(connection));
        Assert.Equal(0L, Scalar(connection, "SELECT value FROM meta WHERE key = 'network_version';"));
        string[] tables =
        [
            "activities", "activity_indicators", "activity_partners", "activity_places", "activity_populations", "goals",
            "indicators", "initiative", "measurements", "meta", "nodes", "organization_goals", "organizations", "people", "snapshots", "ties",
        ];
        Assert.Equal(tables, Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;"));
    }

    [Fact]
    public void Migrate_Twice_ChangesNothing()
    {
        using var connection = database.Connect();
        SqliteSchema.Migrate(connection, "test file");
        var schemaBefore = Strings(connection, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name;");
        Execute(connection, "UPDATE meta SET value = 7 WHERE key = 'network_version';");

        SqliteSchema.Migrate(connection, "test file");

        Assert.Equal(schemaBefore, Strings(connection, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name;"));
        Assert.Equal(SqliteSchema.CurrentVersion, SqliteSchema.ReadSchemaVersion(connection));
        Assert.Equal(7L, Scalar(connection, "SELECT value FROM meta WHERE key = 'network_version';"));
    }

    /// <summary>A file written before issue 15 (schema 1) opens with its data, and takes since/until and snapshots from then on.</summary>
    [Fact]
    public async Task Migrate_FileOfSchemaOne_KeepsItsDataAndAddsTheTimeFieldsAndSnapshots()
    {
        using (var connection = database.Connect())
        {
            Execute(connection, "CREATE TABLE meta (key TEXT NOT NULL PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;");
            Execute(connection, SqliteSchema.Migrations[0].Sql);
            Execute(connection, """
                INSERT INTO meta (key, value) VALUES ('schema_version', 1);
                UPDATE meta SET value = 3 WHERE key = 'network_version';
                INSERT INTO nodes (id, kind) VALUES ('o-old', 'organization'), ('p-old', 'person');
                INSERT INTO organizations (id, name, community_led) VALUES ('o-old', 'Old Partner', 0);
                INSERT INTO people (id, name, organization, community_member) VALUES ('p-old', 'Old Person', 'o-old', 1);
                """);
        }

        var store = database.Open();
        var read = await store.ReadSnapshotAsync();
        await store.WriteAsync(NetworkChange.Merge(Network.Empty with
        {
            Organizations = [read.Network.Organizations[0] with { Since = new DateOnly(2019, 5, 1) }],
        }));

        Assert.Equal(3, read.Version);
        var organization = read.Network.Organizations.Single();
        Assert.Equal(("o-old", "Old Partner", (DateOnly?)null, (DateOnly?)null), (organization.Id, organization.Name, organization.Since, organization.Until));
        Assert.Equal(new Person("p-old", "Old Person", "o-old", CommunityMember: true), read.Network.People.Single());
        Assert.Equal(new DateOnly(2019, 5, 1), (await database.Open().ReadSnapshotAsync()).Network.Organizations.Single().Since);
        Assert.Empty(await new SqliteSnapshotStore(store).ListAsync());
        using var after = database.Connect();
        Assert.Equal(SqliteSchema.CurrentVersion, SqliteSchema.ReadSchemaVersion(after));
    }

    [Fact]
    public void Migrate_FileWithNewerSchema_ThrowsNamingBothVersionsAndTheFile()
    {
        using var connection = database.Connect();
        SqliteSchema.Migrate(connection, "test file");
        Execute(connection, $"UPDATE meta SET value = {SqliteSchema.CurrentVersion + 1} WHERE key = 'schema_version';");

        var error = Assert.Throws<InvalidOperationException>(() => SqliteSchema.Migrate(connection, "/data/example.db"));

        Assert.Contains($"schema version {SqliteSchema.CurrentVersion + 1}", error.Message);
        Assert.Contains($"newer than version {SqliteSchema.CurrentVersion}", error.Message);
        Assert.Contains("/data/example.db", error.Message);
    }

    [Fact]
    public void Migrate_NewFile_TurnsOnWal()
    {
        using var connection = database.Connect();

        SqliteSchema.Migrate(connection, "test file");

        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
    }

    /// <summary>Every column a filter, a keyset page or a cascade looks up leads some index.</summary>
    [Theory]
    [InlineData("nodes", "id")]
    [InlineData("goals", "id")]
    [InlineData("indicators", "id")]
    [InlineData("indicators", "goal")]
    [InlineData("measurements", "indicator")]
    [InlineData("organizations", "id")]
    [InlineData("organizations", "sector")]
    [InlineData("organizations", "community_led")]
    [InlineData("organization_goals", "organization")]
    [InlineData("organization_goals", "goal")]
    [InlineData("people", "id")]
    [InlineData("people", "organization")]
    [InlineData("activities", "id")]
    [InlineData("activities", "lead")]
    [InlineData("activities", "status")]
    [InlineData("activity_partners", "activity")]
    [InlineData("activity_partners", "organization")]
    [InlineData("activity_indicators", "activity")]
    [InlineData("activity_indicators", "indicator")]
    [InlineData("activity_populations", "activity")]
    [InlineData("activity_places", "activity")]
    [InlineData("ties", "key_from")]
    [InlineData("ties", "key_to")]
    [InlineData("ties", "type")]
    public void Schema_ColumnLookedUpByAQuery_LeadsAnIndex(string table, string column)
    {
        using var connection = database.Connect();
        SqliteSchema.Migrate(connection, "test file");

        var leading = Strings(connection,
            $"SELECT ii.name FROM pragma_index_list('{table}') il JOIN pragma_index_info(il.name) ii WHERE ii.seqno = 0;");

        Assert.Contains(column, leading);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
