using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>
/// One recorded edit: who, what (in words), when, the version it made, and the entries it touched as they were before
/// and after it. Undoing it writes <see cref="Before"/> back and removes what only <see cref="After"/> holds, if every
/// touched entry is still as <see cref="After"/> says.
/// </summary>
public sealed record UndoEntry(long Sequence, string Actor, string Description, DateTimeOffset At, long Version, Network Before, Network After);
