namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>What identifies a measurement: its indicator and date.</summary>
public readonly record struct MeasurementKey(string Indicator, DateOnly Date);
