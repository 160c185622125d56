namespace CollectiveImpact.Graph.Analytics.Overlaps;

/// <summary>Whether an overlapping pair of activities is coordinated (analyses.md §3).</summary>
public enum OverlapStatus
{
    /// <summary>Nothing joins the pair: a duplication risk the backbone should look at.</summary>
    Uncoordinated,

    /// <summary>At least one <see cref="CoordinationReason"/> holds.</summary>
    Coordinated,
}
