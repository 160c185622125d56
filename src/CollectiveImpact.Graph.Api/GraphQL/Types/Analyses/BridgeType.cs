using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class BridgeType : ObjectGraphType<Bridge>
{
    public BridgeType()
    {
        Name = "Bridge";
        Description = "An edge whose removal disconnects its two ends: the only link between two parts of the network.";
        Field<NonNullGraphType<IdGraphType>>("sourceId").Description("One end's id.").Resolve(context => context.Source.U).Access(FieldAccess.Analysis);
        this.AddNodeField("source", x => x.U, "One end.");
        Field<NonNullGraphType<IdGraphType>>("targetId").Description("The other end's id.").Resolve(context => context.Source.V).Access(FieldAccess.Analysis);
        this.AddNodeField("target", x => x.V, "The other end.");
    }
}
