using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>How many ties of one type were added (or ended).</summary>
public sealed record TieTypeCount(TieType Type, int Count);
