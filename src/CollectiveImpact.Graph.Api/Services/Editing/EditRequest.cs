namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>
/// Who makes a single-entry edit (their last one can be undone: <see cref="UndoLog"/>) and, optionally, the revision of
/// the entry it was made from (<see cref="Revisions"/>): when the entry changed since, the edit is refused with CONFLICT.
/// </summary>
public sealed record EditRequest(string Actor, string? IfRevision = null);
