namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>Every node's structural-holes position, lowest constraint first (ties by id, undefined last).</summary>
public sealed record StructuralHolesResult(IReadOnlyList<StructuralPosition> Ranking);
