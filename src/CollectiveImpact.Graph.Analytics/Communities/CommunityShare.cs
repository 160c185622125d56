namespace CollectiveImpact.Graph.Analytics.Communities;

/// <summary>A value (a sector or a place) among a community's organizations: how many, their share, and the lift over the network.</summary>
public sealed record CommunityShare(string Value, int Count, double Share, double Lift);
