namespace CollectiveImpact.Graph.Api.Services.Reviews;

/// <summary>A finding someone marked as reviewed: its key, when, by whom (the caller's name) and an optional note.</summary>
public sealed record FindingReview(string Key, DateTimeOffset ReviewedAt, string ReviewedBy, string? Note);
