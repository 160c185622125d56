namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// A Louvain partition: its modularity (null for a graph without edges, where it is undefined), how many levels the
/// method ran, and the communities, largest first (then by smallest member id).
/// </summary>
public sealed record CommunitiesResult(double? Modularity, int Levels, double Resolution, IReadOnlyList<Community> Communities);
