using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// The database layout, as an ordered list of migrations. A file records the last migration applied in
/// <c>meta('schema_version')</c>; opening it applies the missing ones in one transaction, and refuses a file
/// written by a newer build rather than guess at tables it does not know.
/// </summary>
/// <remarks>
/// Every kind table has <c>seq INTEGER PRIMARY KEY</c> (stable under VACUUM) so the snapshot lists entries in the
/// order they were first written, which is document order; its natural key (<c>id</c>, <c>(indicator, date)</c>,
/// <c>(key_from, key_to, type)</c>) is a UNIQUE constraint that upserts conflict on. <c>nodes</c> holds every id
/// with its kind, and each kind table points at <c>(id, kind)</c>, so one id cannot name two kinds. References that
/// the validator guards are deferred foreign keys (checked at commit, so write order inside a change does not
/// matter); ownership (an activity's lists, an indicator's measurements, a node's ties, a goal's commitments)
/// cascades on delete.
/// </remarks>
internal static class SqliteSchema
{
    public const string SchemaVersionKey = "schema_version";

    public const string NetworkVersionKey = "network_version";

    /// <summary>Applied in order; a migration's version is its position (1-based). Never edit one that shipped: add another.</summary>
    public static IReadOnlyList<SqliteMigration> Migrations { get; } =
    [
        new(1, "Tables per kind, the shared id space, child lists with ordinals, and indexes for every filter.", """
            CREATE TABLE nodes (
                id   TEXT NOT NULL PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('initiative', 'goal', 'indicator', 'organization', 'person', 'activity')),
                UNIQUE (id, kind));

            CREATE TABLE initiative (
                seq         INTEGER PRIMARY KEY,
                id          TEXT NOT NULL UNIQUE,
                kind        TEXT NOT NULL DEFAULT 'initiative' CHECK (kind = 'initiative'),
                name        TEXT NOT NULL,
                backbone    TEXT REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
                description TEXT,
                FOREIGN KEY (id, kind) REFERENCES nodes (id, kind) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);

            CREATE TABLE goals (
                seq         INTEGER PRIMARY KEY,
                id          TEXT NOT NULL UNIQUE,
                kind        TEXT NOT NULL DEFAULT 'goal' CHECK (kind = 'goal'),
                name        TEXT NOT NULL,
                description TEXT,
                FOREIGN KEY (id, kind) REFERENCES nodes (id, kind) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);

            CREATE TABLE indicators (
                seq            INTEGER PRIMARY KEY,
                id             TEXT NOT NULL UNIQUE,
                kind           TEXT NOT NULL DEFAULT 'indicator' CHECK (kind = 'indicator'),
                name           TEXT NOT NULL,
                goal           TEXT NOT NULL REFERENCES goals (id) DEFERRABLE INITIALLY DEFERRED,
                unit           TEXT,
                direction      TEXT NOT NULL,
                baseline_value REAL,
                baseline_date  TEXT,
                target_value   REAL,
                target_date    TEXT,
                FOREIGN KEY (id, kind) REFERENCES nodes (id, kind) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);
            CREATE INDEX indicators_goal ON indicators (goal);

            CREATE TABLE measurements (
                seq         INTEGER PRIMARY KEY,
                indicator   TEXT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                date        TEXT NOT NULL,
                value       REAL NOT NULL,
                reported_by TEXT,
                UNIQUE (indicator, date));

            CREATE TABLE organizations (
                seq           INTEGER PRIMARY KEY,
                id            TEXT NOT NULL UNIQUE,
                kind          TEXT NOT NULL DEFAULT 'organization' CHECK (kind = 'organization'),
                name          TEXT NOT NULL,
                sector        TEXT,
                community_led INTEGER NOT NULL,
                FOREIGN KEY (id, kind) REFERENCES nodes (id, kind) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);
            CREATE INDEX organizations_sector ON organizations (sector);
            CREATE INDEX organizations_community_led ON organizations (community_led);

            CREATE TABLE organization_goals (
                organization TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                ordinal      INTEGER NOT NULL,
                goal         TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                PRIMARY KEY (organization, ordinal)) WITHOUT ROWID;
            CREATE INDEX organization_goals_goal ON organization_goals (goal);

            CREATE TABLE people (
                seq              INTEGER PRIMARY KEY,
                id               TEXT NOT NULL UNIQUE,
                kind             TEXT NOT NULL DEFAULT 'person' CHECK (kind = 'person'),
                name             TEXT NOT NULL,
                organization     TEXT REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
                role             TEXT,
                email            TEXT,
                community_member INTEGER NOT NULL,
                FOREIGN KEY (id, kind) REFERENCES nodes (id, kind) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);
            CREATE INDEX people_organization ON people (organization);

            CREATE TABLE activities (
                seq        INTEGER PRIMARY KEY,
                id         TEXT NOT NULL UNIQUE,
                kind       TEXT NOT NULL DEFAULT 'activity' CHECK (kind = 'activity'),
                name       TEXT NOT NULL,
                lead       TEXT NOT NULL REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
                status     TEXT,
                start_date TEXT,
                end_date   TEXT,
                FOREIGN KEY (id, kind) REFERENCES nodes (id, kind) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);
            CREATE INDEX activities_lead ON activities (lead);
            CREATE INDEX activities_status ON activities (status);

            CREATE TABLE activity_partners (
                activity     TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                ordinal      INTEGER NOT NULL,
                organization TEXT NOT NULL REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
                PRIMARY KEY (activity, ordinal)) WITHOUT ROWID;
            CREATE INDEX activity_partners_organization ON activity_partners (organization);

            CREATE TABLE activity_indicators (
                activity  TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                ordinal   INTEGER NOT NULL,
                indicator TEXT NOT NULL REFERENCES indicators (id) DEFERRABLE INITIALLY DEFERRED,
                PRIMARY KEY (activity, ordinal)) WITHOUT ROWID;
            CREATE INDEX activity_indicators_indicator ON activity_indicators (indicator);

            CREATE TABLE activity_populations (
                activity   TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                ordinal    INTEGER NOT NULL,
                population TEXT NOT NULL,
                PRIMARY KEY (activity, ordinal)) WITHOUT ROWID;

            CREATE TABLE activity_places (
                activity TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                ordinal  INTEGER NOT NULL,
                place    TEXT NOT NULL,
                PRIMARY KEY (activity, ordinal)) WITHOUT ROWID;

            -- key_from/key_to are the TieKey ends (undirected types in ordinal order); reversed says the tie was
            -- written the other way round, so it reads back as given.
            CREATE TABLE ties (
                seq      INTEGER PRIMARY KEY,
                key_from TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                key_to   TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                type     TEXT NOT NULL,
                reversed INTEGER NOT NULL,
                weight   REAL,
                since    TEXT,
                until    TEXT,
                UNIQUE (key_from, key_to, type));
            CREATE INDEX ties_key_to ON ties (key_to);
            CREATE INDEX ties_type ON ties (type);

            INSERT INTO meta (key, value) VALUES ('network_version', 0);
            """),
        new(2, "Organizations' and people's since/until (issue 15), and named snapshots of the whole network.", """
            ALTER TABLE organizations ADD COLUMN since TEXT;
            ALTER TABLE organizations ADD COLUMN until TEXT;
            ALTER TABLE people ADD COLUMN since TEXT;
            ALTER TABLE people ADD COLUMN until TEXT;

            -- One row per snapshot: the canonical document, compressed (encoding names how), with what the list shows
            -- kept beside it so listing never decompresses. name_key is the name in upper case: names are unique
            -- ignoring case. Not touched by network writes (a REPLACE import empties
            -- the network's tables only).
            CREATE TABLE snapshots (
                seq              INTEGER PRIMARY KEY,
                name             TEXT NOT NULL,
                name_key         TEXT NOT NULL UNIQUE,
                created_at       TEXT NOT NULL,
                created_by       TEXT NOT NULL,
                network_version  INTEGER NOT NULL,
                counts           TEXT NOT NULL,
                document_bytes   INTEGER NOT NULL,
                sha256           TEXT NOT NULL,
                encoding         TEXT NOT NULL,
                document         BLOB NOT NULL);
            """),
    ];

    public static int CurrentVersion => Migrations[^1].Version;

    /// <summary>
    /// Brings the file up to <see cref="CurrentVersion"/>: WAL on, missing migrations applied in one IMMEDIATE
    /// transaction (so two processes opening a new file at once do not both migrate). Running it again changes nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file was written by a newer build.</exception>
    public static void Migrate(SqliteConnection connection, string describedFile)
    {
        using (var wal = connection.CreateCommand())
        {
            // journal_mode is persistent in the file, and cannot change inside a transaction.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        using (var meta = connection.CreateCommand())
        {
            meta.Transaction = transaction;
            meta.CommandText = "CREATE TABLE IF NOT EXISTS meta (key TEXT NOT NULL PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;";
            meta.ExecuteNonQuery();
        }

        var stored = ReadSchemaVersion(connection, transaction);
        if (stored > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The database file '{describedFile}' has schema version {stored}, newer than version {CurrentVersion} " +
                "that this build knows. It was written by a newer version of the service; run that version, or point " +
                $"{SqliteStoreOptions.SectionName}:Path at another file.");
        }

        foreach (var migration in Migrations.Where(m => m.Version > stored))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = migration.Sql +
                "\nINSERT INTO meta (key, value) VALUES ('schema_version', $version) ON CONFLICT (key) DO UPDATE SET value = excluded.value;";
            command.Parameters.AddWithValue("$version", migration.Version);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The schema version recorded in the file, 0 when none is.</summary>
    public static int ReadSchemaVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta';";
        if ((long)command.ExecuteScalar()! == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT value FROM meta WHERE key = 'schema_version';";
        return command.ExecuteScalar() is long version ? checked((int)version) : 0;
    }
}
