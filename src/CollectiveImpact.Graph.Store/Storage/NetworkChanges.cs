namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>What a write does to the stored network, per kind of entry (<see cref="NetworkDiff.Between"/>).</summary>
public sealed record NetworkChanges(
    KindChanges Initiative,
    KindChanges Goals,
    KindChanges Indicators,
    KindChanges Measurements,
    KindChanges Organizations,
    KindChanges People,
    KindChanges Activities,
    KindChanges Ties)
{
    /// <summary>The nodes: goals, indicators, organizations, people and activities (not the initiative).</summary>
    public KindChanges Nodes => Goals + Indicators + Organizations + People + Activities;

    /// <summary>Every kind together, the initiative and measurements included.</summary>
    public KindChanges Total => Initiative + Nodes + Measurements + Ties;
}
