using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CommunityLinkType : ObjectGraphType<CommunityLink>
{
    public CommunityLinkType()
    {
        Name = "CommunityLink";
        Description = "Two communities joined by edges of the projection.";
        Field(x => x.From).Description("The smaller community index.").Access(FieldAccess.Analysis);
        Field(x => x.To).Description("The larger community index.").Access(FieldAccess.Analysis);
        Field(x => x.EdgeCount).Description("How many edges join them.").Access(FieldAccess.Analysis);
        Field(x => x.Weight).Description("The edges' total weight.").Access(FieldAccess.Analysis);
    }
}
