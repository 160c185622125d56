namespace CollectiveImpact.Graph.Analytics.Communities;

/// <summary>A goal a community's organizations serve: how many, what share of them, and the lift over the whole network.</summary>
public sealed record CommunityGoal(string Goal, string Name, int Count, double Share, double Lift, bool Member);
