namespace CollectiveImpact.Graph.Analytics.Survey;

/// <summary>One organization's scores of another: the means of its three trust and three value answers.</summary>
public sealed record ScoredRelationship(string From, string About, double Trust, double Value);
