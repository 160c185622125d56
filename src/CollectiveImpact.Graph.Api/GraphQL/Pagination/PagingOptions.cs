namespace CollectiveImpact.Graph.Api.GraphQL.Pagination;

/// <summary>Page sizes of every connection (configuration section <c>GraphQL:Paging</c>).</summary>
public sealed class PagingOptions
{
    public const string Section = "GraphQL:Paging";

    /// <summary>Items per page when a query gives no <c>first</c>.</summary>
    public int DefaultPageSize { get; set; } = 25;

    /// <summary>
    /// The largest <c>first</c> accepted; above it the field fails with INVALID_ARGUMENT. What bounds a response is
    /// the cost limit (Limits:MaxComplexity prices every connection at its <c>first</c>), so this only decides how many
    /// round trips a client that reads a whole list needs: the web map reads a 5,000-node network in a few dozen
    /// requests instead of a few hundred (docs/web.md, "Loading").
    /// </summary>
    public int MaxPageSize { get; set; } = 1000;
}
