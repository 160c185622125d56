namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>One field an update changed, with its value before and after as JSON text (null: absent).</summary>
public sealed record FieldChange(string Field, string? From, string? To);
