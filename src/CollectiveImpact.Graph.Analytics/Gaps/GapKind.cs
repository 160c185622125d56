namespace CollectiveImpact.Graph.Analytics.Gaps;

/// <summary>The kinds of gap analyses.md §2 names, in its order (which is also the order findings are reported in).</summary>
public enum GapKind
{
    /// <summary>A goal that no indicator measures (common agenda not measured).</summary>
    GoalWithoutIndicator,

    /// <summary>An indicator no activity contributes to (a shared measure nobody moves).</summary>
    IndicatorWithoutActivity,

    /// <summary>No measurement in the <c>staleAfterDays</c> before <c>asOf</c>.</summary>
    IndicatorWithoutRecentData,

    /// <summary>The latest value is behind the straight line from baseline to target at its date.</summary>
    IndicatorOffTrack,

    /// <summary>An activity that contributes to no indicator.</summary>
    ActivityOffAgenda,

    /// <summary>An organization, not the backbone, that leads or partners on no activity.</summary>
    OrganizationWithoutActivity,

    /// <summary>An organization with no edge in the ORGANIZATIONS projection.</summary>
    IsolatedOrganization,

    /// <summary>A goal that no organization has committed to.</summary>
    GoalWithoutCommitment,
}
