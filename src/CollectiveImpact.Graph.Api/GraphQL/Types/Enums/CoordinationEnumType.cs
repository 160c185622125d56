using CollectiveImpact.Graph.Analytics.Overlaps;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>Whether an overlapping pair of activities is coordinated (analyses.md §3).</summary>
public sealed class CoordinationEnumType : EnumerationGraphType<OverlapStatus>
{
    public CoordinationEnumType()
    {
        Name = "Coordination";
        Description = "COORDINATED: the leads are joined in ORGANIZATIONS, a FEEDS_INTO tie joins the activities, or they share a partner. UNCOORDINATED: none of these, a duplication risk the backbone should look at.";
    }
}
