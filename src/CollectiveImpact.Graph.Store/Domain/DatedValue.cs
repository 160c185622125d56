namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>An indicator's baseline or target: a value, and the date it held or should hold.</summary>
public sealed record DatedValue(double Value, DateOnly? Date = null);
