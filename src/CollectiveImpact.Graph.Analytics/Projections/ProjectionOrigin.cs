namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>How a <see cref="ProjectionSet"/> came by one of its projections (for diagnostics, traces and tests).</summary>
public enum ProjectionOrigin
{
    /// <summary>Not asked for yet; built on first use.</summary>
    NotBuilt,

    /// <summary>Projected from this version's network.</summary>
    Built,

    /// <summary>The previous version's projection object, unchanged by the write in between.</summary>
    Reused,

    /// <summary>The previous version's graph with the write's new node attributes (names, sectors, community-led).</summary>
    UpdatedInPlace,

    /// <summary>
    /// The previous version's projection with the write's appended nodes and added or removed connections merged in
    /// (<see cref="ProjectionPatch"/>), without projecting the network again.
    /// </summary>
    Patched,
}
