namespace CollectiveImpact.Graph.Api.GraphQL.Pagination;

/// <summary>Page sizes of every connection (configuration section <c>GraphQL:Paging</c>).</summary>
public sealed class PagingOptions
{
    public const string Section = "GraphQL:Paging";

    /// <summary>Items per page when a query gives no <c>first</c>.</summary>
    public int DefaultPageSize { get; set; } = 25;

    /// <summary>The largest <c>first</c> accepted; above it the field fails with INVALID_ARGUMENT.</summary>
    public int MaxPageSize { get; set; } = 100;
}
