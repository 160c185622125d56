namespace CollectiveImpact.Graph.Api.GraphQL.Limits;

/// <summary>
/// What one request may ask of the service (section <c>Limits</c>). docs/security.md sets each default beside
/// what GitHub's and Shopify's GraphQL APIs allow.
/// </summary>
public sealed class RequestLimits
{
    public const string Section = "Limits";

    /// <summary>The largest request body, query and variables included (1 MiB).</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The largest body of a request whose operation is nothing but <c>importNetwork</c> (64 MiB), from a caller that
    /// may write. Kestrel's own body limit is raised to this.
    /// </summary>
    public long MaxImportRequestBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>The deepest selection nesting (fields within fields; fragments expanded).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The most list items a response may hold at most (<see cref="QueryCost"/>: GitHub's node count; GitHub allows 500,000).</summary>
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>The most aliased fields in one document.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>The most lexical tokens in the query text (names, punctuation, values), counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = 20_000;

    /// <summary>The most fields one operation or fragment selects, each fragment counted at every spread.</summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>The most fields in one selection set, fragments spread into it included (field merging compares them in pairs).</summary>
    public int MaxFieldsPerSelectionSet { get; set; } = 200;

    /// <summary>The most fragment definitions in one document.</summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>The most operations in one document (only one runs; all are validated).</summary>
    public int MaxOperations { get; set; } = 20;

    /// <summary>The most variable definitions in one document.</summary>
    public int MaxVariables { get; set; } = 100;

    /// <summary>The most directives in one document.</summary>
    public int MaxDirectives { get; set; } = 200;

    /// <summary>The most directives on one field, spread, fragment, operation or variable.</summary>
    public int MaxDirectivesPerLocation { get; set; } = 5;

    /// <summary>The most errors a refused document is answered with; one more error counts the rest.</summary>
    public int MaxErrors { get; set; } = 20;

    /// <summary>How long one operation may run before it is stopped (a stopped write rolls back).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether <c>__schema</c>/<c>__type</c> are answered (to authenticated callers: nobody else reaches execution).</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Requests per minute one caller (key, token subject, or IP when unauthenticated) may send on average.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>How many requests a caller may send at once before the per-minute rate applies.</summary>
    public int RequestBurst { get; set; } = 100;

    /// <summary>
    /// The most parsed documents kept for reuse by their exact text (<see cref="Documents.DocumentCache"/>); 0 turns the
    /// cache off.
    /// </summary>
    public int DocumentCacheEntries { get; set; } = 1_000;

    /// <summary>The most memory those documents may hold, estimated from what parsing them allocated (32 MiB).</summary>
    public long DocumentCacheBytes { get; set; } = 32 * 1024 * 1024;

    public IEnumerable<string> Problems()
    {
        if (MaxRequestBytes < 1024) yield return "Limits:MaxRequestBytes must be at least 1024.";
        if (MaxImportRequestBytes < MaxRequestBytes) yield return "Limits:MaxImportRequestBytes must be at least Limits:MaxRequestBytes.";
        if (MaxDepth < 2) yield return "Limits:MaxDepth must be at least 2.";
        if (MaxComplexity < 1) yield return "Limits:MaxComplexity must be positive.";
        if (MaxAliases < 0) yield return "Limits:MaxAliases must not be negative.";
        if (MaxTokens < 100 || MaxFields < 1 || MaxFieldsPerSelectionSet < 1 || MaxFragments < 0 || MaxOperations < 1 || MaxVariables < 0
            || MaxDirectives < 0 || MaxDirectivesPerLocation < 0 || MaxErrors < 1)
        {
            yield return "Limits:MaxTokens must be at least 100; MaxFields, MaxFieldsPerSelectionSet, MaxOperations and MaxErrors positive; MaxFragments, MaxVariables, MaxDirectives and MaxDirectivesPerLocation not negative.";
        }

        if (DocumentCacheEntries < 0 || DocumentCacheBytes < 0) yield return "Limits:DocumentCacheEntries and Limits:DocumentCacheBytes must not be negative.";
        if (ExecutionTimeout <= TimeSpan.Zero) yield return "Limits:ExecutionTimeout must be positive.";
        if (RequestsPerMinute < 1 || RequestBurst < 1) yield return "Limits:RequestsPerMinute and Limits:RequestBurst must be positive.";
    }
}
