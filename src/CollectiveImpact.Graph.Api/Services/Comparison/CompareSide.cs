namespace CollectiveImpact.Graph.Api.Services.Comparison;

/// <summary>
/// One side of a comparison as asked: a date (the stored network as of it), or a snapshot by name (its network as of
/// <see cref="Date"/>, by default the day it was taken).
/// </summary>
public sealed record CompareSide(DateOnly? Date, string? Snapshot);
