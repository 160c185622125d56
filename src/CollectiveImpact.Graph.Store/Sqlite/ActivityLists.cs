namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>The four ordered lists an activity owns, read for a set of activities at once.</summary>
internal sealed record ActivityLists(ChildLists Partners, ChildLists Indicators, ChildLists Populations, ChildLists Places);
