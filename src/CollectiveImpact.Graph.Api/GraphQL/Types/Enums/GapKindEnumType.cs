using CollectiveImpact.Graph.Analytics.Gaps;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>The kinds of gap analyses.md §2 names.</summary>
public sealed class GapKindEnumType : EnumerationGraphType<GapKind>
{
    public GapKindEnumType()
    {
        Name = "GapKind";
        Description = "Where a condition of collective impact is missing: GOAL_WITHOUT_INDICATOR (common agenda not measured), INDICATOR_WITHOUT_ACTIVITY (a shared measure nobody moves), INDICATOR_WITHOUT_RECENT_DATA (no measurement in staleAfterDays before asOf), INDICATOR_OFF_TRACK (latest value behind the line from baseline to target), ACTIVITY_OFF_AGENDA (moves no indicator), ORGANIZATION_WITHOUT_ACTIVITY (not the backbone, on no activity), ISOLATED_ORGANIZATION (no edge in ORGANIZATIONS), GOAL_WITHOUT_COMMITMENT (no organization committed).";
    }
}
