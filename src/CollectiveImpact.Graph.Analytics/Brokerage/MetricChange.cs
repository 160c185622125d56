namespace CollectiveImpact.Graph.Analytics.Brokerage;

/// <summary>A network-level number before and after the introductions of <see cref="WhatIf"/>.</summary>
public sealed record MetricChange(double? Before, double? After)
{
    /// <summary>After − before; null when either is undefined.</summary>
    public double? Change => Before is { } before && After is { } after ? after - before : null;
}
