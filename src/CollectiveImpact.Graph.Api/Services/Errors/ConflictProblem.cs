namespace CollectiveImpact.Graph.Api.Services.Errors;

/// <summary>
/// A save that named the revision it was made from, while the entry has changed since (or is gone): nothing is
/// written. <see cref="CurrentRevision"/> is the entry's revision now (null when it no longer exists), so a client can
/// read it again, show what changed, and save once more against it.
/// </summary>
public sealed class ConflictProblem(string message, string? currentRevision) : ServiceProblem(message)
{
    public string? CurrentRevision { get; } = currentRevision;
}
