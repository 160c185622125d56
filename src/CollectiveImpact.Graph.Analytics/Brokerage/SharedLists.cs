namespace CollectiveImpact.Graph.Analytics.Brokerage;

/// <summary>The ids (goals, indicators) and names (populations, places) two organizations share, each sorted.</summary>
internal sealed record SharedLists(
    IReadOnlyList<string> Goals, IReadOnlyList<string> Indicators, IReadOnlyList<string> Populations, IReadOnlyList<string> Places);
