namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// Where the embedded store keeps its one database file, and how its write-ahead log is kept small (configuration
/// section <c>Store:Sqlite</c>).
/// </summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Store:Sqlite";

    public const string DefaultPath = "data/collective-impact.db";

    /// <summary>The database file; a relative path is taken from the current directory. Its folder is created on first open.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// How often the write-ahead log is copied into the database file and truncated (<c>wal_checkpoint(TRUNCATE)</c>),
    /// besides once on start and after any write that leaves it larger than <see cref="JournalSizeLimitBytes"/>.
    /// </summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The size the write-ahead log is cut back to whenever it is reset (<c>PRAGMA journal_size_limit</c>, 16 MiB);
    /// one transaction may still grow it past this while it runs.
    /// </summary>
    public long JournalSizeLimitBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The problem with these options, or null when they are usable. Kept here so startup validation and tests agree.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            return $"{SectionName}:Path is empty; it must name the database file (default '{DefaultPath}').";
        }

        if (Path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0 || Path.Contains('\0'))
        {
            return $"{SectionName}:Path '{Path}' contains characters that cannot appear in a path.";
        }

        if (Path.EndsWith('/') || Path.EndsWith('\\'))
        {
            return $"{SectionName}:Path '{Path}' names a folder; it must name the database file inside it.";
        }

        if (CheckpointInterval <= TimeSpan.Zero || CheckpointInterval > TimeSpan.FromDays(1))
        {
            return $"{SectionName}:CheckpointInterval is {CheckpointInterval}; it must be more than zero and at most a day (default 00:05:00).";
        }

        if (JournalSizeLimitBytes < 0)
        {
            return $"{SectionName}:JournalSizeLimitBytes is {JournalSizeLimitBytes}; it must not be negative (0 truncates the log at every reset).";
        }

        return null;
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FullPath => System.IO.Path.GetFullPath(Path);
}
