using CollectiveImpact.Graph.Analytics.Projections;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>What a network map edge stands for; one edge may collapse several.</summary>
public sealed class EdgeRelationEnumType : EnumerationGraphType<EdgeRelation>
{
    public EdgeRelationEnumType()
    {
        Name = "EdgeRelation";
        Description = "What a network map edge stands for: a tie type, or a structural link (MEMBER_OF a person's organization, LEADS or PARTNERS_ON an activity, an activity MOVES an indicator, an indicator MEASURES a goal, an organization COMMITTED_TO a goal).";
    }
}
