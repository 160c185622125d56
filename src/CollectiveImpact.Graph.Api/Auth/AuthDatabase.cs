using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// The small SQLite file of the access layer: the API keys (hashed), the audit log, the findings marked as reviewed, and
/// each caller's recent edits (to undo the last), partners' proposed changes, the partner survey rounds with their answers (docs/survey.md: collected from the partners under their personal
/// links, confidential, and not part of the network until a round is applied). Kept apart from the network
/// store so that it works whichever store holds the network, and so that replacing the network (an import in
/// REPLACE mode, a restore of the store's file) never touches who may call the API or what they did.
/// </summary>
public sealed class AuthDatabase
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS api_keys (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            organization TEXT,
            secret_sha256 BLOB NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE TABLE IF NOT EXISTS audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor_kind TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            actor_role TEXT NOT NULL,
            operation TEXT NOT NULL,
            outcome TEXT NOT NULL,
            changes TEXT NOT NULL,
            version_before INTEGER,
            version_after INTEGER
        );
        CREATE TABLE IF NOT EXISTS survey_rounds (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS survey_responses (
            round_id TEXT NOT NULL,
            organization TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (round_id, organization)
        );
        CREATE TABLE IF NOT EXISTS undo_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            actor TEXT NOT NULL,
            description TEXT NOT NULL,
            at TEXT NOT NULL,
            version INTEGER NOT NULL,
            before_doc BLOB NOT NULL,
            after_doc BLOB NOT NULL,
            undone_at TEXT
        );
        CREATE INDEX IF NOT EXISTS undo_log_actor ON undo_log (actor, seq);
        CREATE TABLE IF NOT EXISTS change_proposals (
            id TEXT PRIMARY KEY,
            organization TEXT NOT NULL,
            kind TEXT NOT NULL,
            entry TEXT NOT NULL,
            proposed_by TEXT NOT NULL,
            proposed_at TEXT NOT NULL,
            status TEXT NOT NULL,
            decided_by TEXT,
            decided_at TEXT,
            note TEXT
        );
        CREATE TABLE IF NOT EXISTS finding_reviews (
            key TEXT PRIMARY KEY,
            reviewed_at TEXT NOT NULL,
            reviewed_by TEXT NOT NULL,
            note TEXT
        );
        """;

    private readonly string connectionString;
    private readonly Lazy<bool> created;

    public AuthDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true }.ToString();
        created = new Lazy<bool>(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    /// <summary>An open connection; the file and its tables are created on first use.</summary>
    public SqliteConnection Open()
    {
        _ = created.Value;
        return OpenRaw();
    }

    /// <summary>
    /// Share links (expiring keys with a view) and survey links came after the first files were written: their columns
    /// are added to a file that lacks them, once; keys made before are keys of no expiry, as they were.
    /// </summary>
    private static void AddShareLinkColumns(SqliteConnection connection)
    {
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var info = connection.CreateCommand())
        {
            info.CommandText = "PRAGMA table_info(api_keys)";
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(1));
            }
        }

        foreach (var (name, definition) in new[] { ("expires_at", "TEXT"), ("view", "TEXT"), ("share_link", "INTEGER NOT NULL DEFAULT 0"), ("survey_round", "TEXT") })
        {
            if (!columns.Contains(name))
            {
                using var alter = connection.CreateCommand();
                alter.CommandText = $"ALTER TABLE api_keys ADD COLUMN {name} {definition}";
                alter.ExecuteNonQuery();
            }
        }
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // The log of this small file is cut back to 1 MiB whenever it is reset (not kept at its largest size ever).
        pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA journal_size_limit = 1048576;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private bool Create()
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;" + Schema;
        command.ExecuteNonQuery();
        AddShareLinkColumns(connection);
        command.CommandText = "CREATE INDEX IF NOT EXISTS api_keys_survey_round ON api_keys (survey_round) WHERE survey_round IS NOT NULL;";
        command.ExecuteNonQuery();

        // Once per process, on first use: a log left by a crash is copied into the file and truncated. The writes
        // here are a few rows each; SQLite's automatic checkpoints and the size limit keep the log small after that.
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
        return true;
    }
}
