using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class BrokerageParametersType : ObjectGraphType<BrokerageAnalysis>
{
    public BrokerageParametersType()
    {
        Name = "BrokerageParameters";
        Description = "The parameters the brokerage recommendations ran with.";
        Field(x => x.Top).Description("How many recommendations were asked for.").Access(FieldAccess.Analysis);
        Field(x => x.Seed).Description("The seed of the Louvain communities the score reads.").Access(FieldAccess.Analysis);
    }
}
