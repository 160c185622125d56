namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>One community: its position in the list (0 = largest) and its members' ids in ordinal order.</summary>
public sealed record Community(int Index, IReadOnlyList<string> Members);
