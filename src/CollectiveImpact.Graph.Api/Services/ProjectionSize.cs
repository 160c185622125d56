namespace CollectiveImpact.Graph.Api.Services;

/// <summary>The size of a projection, as the analysis cost model reads it.</summary>
/// <param name="Nodes">Its nodes (n).</param>
/// <param name="Edges">Its edges (m).</param>
/// <param name="Exact">True when counted on the built projection; false when estimated from the snapshot's counts.</param>
public sealed record ProjectionSize(long Nodes, long Edges, bool Exact)
{
    /// <summary>The size before any network was read: nothing known, nothing charged for size.</summary>
    public static ProjectionSize Unknown { get; } = new(0, 0, false);

    /// <summary>n + m: what one pass over the projection visits.</summary>
    public long Total => Nodes + Edges;
}
