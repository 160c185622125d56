using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>Bounds of the network map's queries (configuration section <c>NetworkMap</c>).</summary>
public sealed class NetworkMapOptions
{
    public const string Section = "NetworkMap";

    /// <summary>The largest <c>depth</c> a neighbourhood may ask for (at most <see cref="Neighborhood.MaxDepth"/>).</summary>
    public int MaxDepth { get; set; } = 3;

    /// <summary>The most nodes a neighbourhood returns; beyond it the nearest are kept and <c>truncated</c> is true.</summary>
    public int MaxNodes { get; set; } = 500;
}
