namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>One data point of an indicator. An indicator has at most one measurement per date.</summary>
public sealed record Measurement(string Indicator, DateOnly Date, double Value, string? ReportedBy = null)
{
    public MeasurementKey Key => new(Indicator, Date);
}
