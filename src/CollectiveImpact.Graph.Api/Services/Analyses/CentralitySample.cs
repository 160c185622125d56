namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>Sampled (approximate) betweenness: estimate from <paramref name="Size"/> source nodes drawn with <paramref name="Seed"/> (NetworkX's <c>k</c> and <c>seed</c>).</summary>
public sealed record CentralitySample(int Size, int Seed);
