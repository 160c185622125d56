namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// What one analysis can read of the network besides its projections, fingerprinted apart so an analysis's key names
/// only what it read. Mostly one list each; free text no analysis reads (descriptions) and the FEEDS_INTO ties (what
/// the agenda analyses read of the ties) are parts of their own, so editing a description or another tie's weight
/// leaves those analyses' results valid.
/// </summary>
public enum NetworkPart
{
    /// <summary>The initiative's id, name and backbone.</summary>
    Initiative,

    /// <summary>The initiative's description.</summary>
    InitiativeDescription,

    /// <summary>Each goal's id and name.</summary>
    Goals,

    /// <summary>Each goal's description.</summary>
    GoalDescriptions,

    Indicators,
    Measurements,
    Organizations,
    People,
    Activities,

    /// <summary>The two ends of each FEEDS_INTO tie, in document order (their weights and dates are not read).</summary>
    FeedsInto,

    /// <summary>Every tie, every field.</summary>
    Ties,
}
