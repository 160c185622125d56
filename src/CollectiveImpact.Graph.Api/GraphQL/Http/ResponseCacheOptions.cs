namespace CollectiveImpact.Graph.Api.GraphQL.Http;

/// <summary>
/// Whole responses of analysis-only queries kept as the bytes sent (section <c>GraphQL:ResponseCache</c>;
/// <see cref="ResponseCache"/>).
/// </summary>
public sealed class ResponseCacheOptions
{
    public const string Section = "GraphQL:ResponseCache";

    /// <summary>Whether cache hits of analysis-only queries are answered from the bytes sent before.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most responses kept (least recently used out first).</summary>
    public int MaxEntries { get; set; } = 1_000;

    /// <summary>The most bytes of responses kept (64 MiB); a response over a quarter of it is never kept.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    public IEnumerable<string> Problems()
    {
        if (MaxEntries < 0 || MaxBytes < 0) yield return "GraphQL:ResponseCache:MaxEntries and MaxBytes must not be negative.";
    }
}
