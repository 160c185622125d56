namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>One network metric of the ORGANIZATIONS projection on both sides.</summary>
/// <param name="Name">Its name, e.g. <c>density</c>.</param>
/// <param name="Description">What it means, in one sentence, and which way is better where that is clear.</param>
/// <param name="Before">On the "from" side; null when undefined.</param>
/// <param name="After">On the "to" side; null when undefined.</param>
public sealed record NamedMetricChange(string Name, string Description, double? Before, double? After)
{
    /// <summary>After − before; null when either is undefined.</summary>
    public double? Change => Before is { } before && After is { } after ? after - before : null;
}
