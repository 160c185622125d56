using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CommunityOverviewParametersType : ObjectGraphType<CommunityOverviewAnalysis>
{
    public CommunityOverviewParametersType()
    {
        Name = "CommunityOverviewParameters";
        Description = "The parameters a community overview ran with.";
        Field(x => x.Projection, type: typeof(NonNullGraphType<ProjectionEnumType>)).Description("The projection.").Access(FieldAccess.Analysis);
        Field(x => x.Seed).Description("The seed of Louvain's node-order shuffles.").Access(FieldAccess.Analysis);
    }
}
