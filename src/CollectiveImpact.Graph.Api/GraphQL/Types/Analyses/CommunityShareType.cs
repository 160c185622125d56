using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CommunityShareType : ObjectGraphType<CommunityShare>
{
    public CommunityShareType()
    {
        Name = "CommunityShare";
        Description = "A sector or place among a community's organizations.";
        Field(x => x.Value).Description("The sector (NONPROFIT, HEALTH, …) or the place.").Access(FieldAccess.Analysis);
        Field(x => x.Count).Description("How many of the community's organizations have it.").Access(FieldAccess.Analysis);
        Field(x => x.Share).Description("That count over the community's organizations (0-1).").Access(FieldAccess.Analysis);
        Field(x => x.Lift).Description("Share in the community over share among all organizations.").Access(FieldAccess.Analysis);
    }
}
