using CollectiveImpact.Graph.Analytics.Overlaps;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>Why an overlapping pair counts as coordinated.</summary>
public sealed class CoordinationReasonEnumType : EnumerationGraphType<CoordinationReason>
{
    public CoordinationReasonEnumType()
    {
        Name = "CoordinationReason";
        Description = "Why an overlapping pair is coordinated: LEADS_JOINED (their lead organizations are joined in ORGANIZATIONS), FEEDS_INTO (a FEEDS_INTO tie joins the activities), SHARED_PARTNER (they share a partner organization).";
    }
}
