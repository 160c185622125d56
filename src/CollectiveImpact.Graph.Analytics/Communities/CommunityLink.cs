namespace CollectiveImpact.Graph.Analytics.Communities;

/// <summary>Two communities joined by <paramref name="EdgeCount"/> edges of total weight <paramref name="Weight"/>; From &lt; To.</summary>
public sealed record CommunityLink(int From, int To, int EdgeCount, double Weight);
