namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>Where the embedded store keeps its one database file (configuration section <c>Store:Sqlite</c>).</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Store:Sqlite";

    public const string DefaultPath = "data/collective-impact.db";

    /// <summary>The database file; a relative path is taken from the current directory. Its folder is created on first open.</summary>
    public string Path { get; set; } = DefaultPath;

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

        return null;
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FullPath => System.IO.Path.GetFullPath(Path);
}
