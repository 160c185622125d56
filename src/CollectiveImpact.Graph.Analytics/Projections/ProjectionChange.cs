namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>What a write did to one projection's content (<see cref="ProjectionDelta"/>), from least to most.</summary>
internal enum ProjectionChange
{
    /// <summary>Nothing the projection holds: the built projection serves the new version as it is.</summary>
    None,

    /// <summary>Only node names, sectors or community-led flags: same graph, new attribute arrays.</summary>
    Attributes,

    /// <summary>
    /// Nodes appended to their lists and connections added or removed (ties written or deleted, new entries' own
    /// references), existing entries keeping their place and their references: <see cref="ProjectionPatch"/> updates the
    /// built projection from the difference.
    /// </summary>
    Connections,

    /// <summary>Nodes removed or reordered, or an entry's references changed: the projection is built again.</summary>
    Structure,
}
