namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>A change taken back: what it was, in words, the network version the undo made, and the ids of what it touched.</summary>
public sealed record UndoResult(string Undone, long Version, IReadOnlyList<string> Ids);
