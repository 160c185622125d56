using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CentralitySampleType : ObjectGraphType<CentralitySample>
{
    public CentralitySampleType()
    {
        Name = "CentralitySample";
        Description = "The sample sampled betweenness ran with.";
        Field(x => x.Size).Description("How many source nodes were sampled.").Access(FieldAccess.Analysis);
        Field(x => x.Seed).Description("The seed of the draw.").Access(FieldAccess.Analysis);
    }
}
