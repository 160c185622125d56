namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>An organization on both sides whose measure rose or fell.</summary>
public sealed record Mover(ComparedNode Organization, double Before, double After)
{
    /// <summary>After − before.</summary>
    public double Change => After - Before;
}
