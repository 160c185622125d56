using CollectiveImpact.Graph.Analytics.StructuralHoles;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class StructuralPositionType : ObjectGraphType<StructuralPosition>
{
    public StructuralPositionType()
    {
        Name = "StructuralPosition";
        Description = "A node's structural-holes position (Burt 1992): low constraint and high effective size mean it bridges otherwise separate groups.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The node's id.").Access(FieldAccess.Analysis);
        this.AddNodeField("node", x => x.Id, "The node.");
        Field("constraint", x => AnalysisArguments.Defined(x.Constraint), nullable: true).Description("Burt's constraint (nx.constraint): how much its ties are to others tied to each other; null for an isolated node.").Access(FieldAccess.Analysis);
        Field("effectiveSize", x => AnalysisArguments.Defined(x.EffectiveSize), nullable: true).Description("Burt's effective size (nx.effective_size): its non-redundant contacts; null for an isolated node.").Access(FieldAccess.Analysis);
        Field(x => x.Rank).Description("Its 1-based rank by constraint, lowest first; equal constraints share a rank.").Access(FieldAccess.Analysis);
    }
}
