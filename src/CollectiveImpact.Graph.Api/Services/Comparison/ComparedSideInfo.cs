namespace CollectiveImpact.Graph.Api.Services.Comparison;

/// <summary>What one side of a comparison was: its label, the date it was read as of, the snapshot it came from, if any, and the network version.</summary>
/// <param name="Label">A snapshot's name, or the date written out (<c>1 March 2025</c>).</param>
/// <param name="Date">The date the side was read as of.</param>
/// <param name="Snapshot">The snapshot's name; null for the stored network.</param>
/// <param name="NetworkVersion">The stored network's version, or the version the snapshot froze.</param>
public sealed record ComparedSideInfo(string Label, DateOnly Date, string? Snapshot, long NetworkVersion);
