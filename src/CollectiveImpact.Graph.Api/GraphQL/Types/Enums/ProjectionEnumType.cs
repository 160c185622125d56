using CollectiveImpact.Graph.Analytics.Projections;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>The undirected graphs the analyses run on (network-format.md, "Projections used by the analyses").</summary>
public sealed class ProjectionEnumType : EnumerationGraphType<ProjectionKind>
{
    public ProjectionEnumType()
    {
        Name = "Projection";
        Description = "Which graph an analysis runs on. FULL: every goal, indicator, organization, person and activity, joined by ties and by membership, leading, partnering, moving, measuring and commitment. ORGANIZATIONS: organizations, joined by ties, shared activities and their people's ties (weight = how many such connections). PEOPLE: people, joined by their ties.";
    }
}
