namespace CollectiveImpact.Graph.Analytics.Overlaps;

/// <summary>Why an overlapping pair counts as coordinated (analyses.md §3), in the spec's order.</summary>
public enum CoordinationReason
{
    /// <summary>Their lead organizations are joined in the ORGANIZATIONS projection.</summary>
    LeadsJoined,

    /// <summary>A FEEDS_INTO tie joins the two activities, either way.</summary>
    FeedsInto,

    /// <summary>They share a partner organization.</summary>
    SharedPartner,
}
