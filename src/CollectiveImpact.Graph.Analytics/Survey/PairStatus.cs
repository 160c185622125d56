namespace CollectiveImpact.Graph.Analytics.Survey;

/// <summary>How a reported relationship stands with the other side (analyses.md §7).</summary>
public enum PairStatus
{
    /// <summary>Both said they work together.</summary>
    Confirmed,

    /// <summary>One said so; the other submitted and did not.</summary>
    OneSided,

    /// <summary>One said so; the other has not submitted.</summary>
    Unconfirmed,
}
