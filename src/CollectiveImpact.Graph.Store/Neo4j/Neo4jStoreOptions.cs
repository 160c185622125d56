namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// Where and how to reach Neo4j's HTTP Query API (configuration section <c>Neo4j</c>). Setting <see cref="Uri"/>
/// is what makes the service use Neo4j instead of the embedded SQLite store.
/// </summary>
/// <remarks>
/// Authentication: <see cref="User"/> and <see cref="Password"/> (basic), or <see cref="Token"/> (bearer, for SSO
/// and Aura tokens), or neither when the server has authentication disabled; never both kinds.
/// </remarks>
public sealed class Neo4jStoreOptions
{
    public const string SectionName = "Neo4j";

    public const string DefaultDatabase = "neo4j";

    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    public string? Uri { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    public string? Token { get; set; }

    public string Database { get; set; } = DefaultDatabase;

    /// <summary>How long one HTTP request may take before it is abandoned (and reported as a timeout).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a transient failure is retried, with exponential backoff from <see cref="RetryBaseDelay"/>.</summary>
    public int MaxRetries { get; set; } = 4;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Rows sent per UNWIND statement when a write imports many entries of one kind.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>The problem with these options, or null when they are usable. Kept here so startup validation and tests agree.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Uri))
        {
            return $"{SectionName}:Uri is empty; it must be the server's HTTP address, e.g. http://localhost:7474.";
        }

        if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) || (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps))
        {
            return $"{SectionName}:Uri '{DisplayUri}' is not an http:// or https:// address. This store speaks Neo4j's HTTP Query API " +
                "(port 7474 by default, 443 on Aura), not Bolt (bolt://, neo4j://).";
        }

        if (!string.IsNullOrEmpty(Token) && (!string.IsNullOrEmpty(User) || !string.IsNullOrEmpty(Password)))
        {
            return $"{SectionName}:Token and {SectionName}:User/{SectionName}:Password are both set; use one way to authenticate.";
        }

        if (string.IsNullOrEmpty(User) != string.IsNullOrEmpty(Password))
        {
            return $"{SectionName}:User and {SectionName}:Password must be given together.";
        }

        if (string.IsNullOrWhiteSpace(Database) || Database.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
        {
            return $"{SectionName}:Database '{Database}' is not a database name (ASCII letters, digits, '.', '-' and '_').";
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            return $"{SectionName}:RequestTimeout must be positive.";
        }

        if (MaxRetries is < 0 or > 10)
        {
            return $"{SectionName}:MaxRetries must be between 0 and 10.";
        }

        if (RetryBaseDelay < TimeSpan.Zero)
        {
            return $"{SectionName}:RetryBaseDelay must not be negative.";
        }

        return BatchSize < 1 ? $"{SectionName}:BatchSize must be at least 1." : null;
    }

    /// <summary>The server address as a <see cref="System.Uri"/>; only valid when <see cref="Problem"/> is null.</summary>
    internal Uri ServerUri => new(Uri!.EndsWith('/') ? Uri : Uri + "/");

    /// <summary>
    /// The server address for messages and logs: scheme, host and port, without any <c>user:password@</c> someone put
    /// in <see cref="Uri"/> (HTTP clients ignore it; <see cref="User"/>/<see cref="Password"/> are what authenticate).
    /// </summary>
    public string DisplayUri =>
        System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) ? uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped) : "(not a URI)";
}
