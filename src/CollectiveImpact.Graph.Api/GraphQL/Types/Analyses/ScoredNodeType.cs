using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class ScoredNodeType : ObjectGraphType<RankedNode>
{
    public ScoredNodeType()
    {
        Name = "ScoredNode";
        Description = "A node's score and rank in a ranking.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The node's id.").Access(FieldAccess.Analysis);
        this.AddNodeField("node", x => x.Id, "The node.");
        Field("score", x => AnalysisArguments.Defined(x.Score), nullable: true).Description("Its score; null where the measure is undefined for it (NetworkX's nan).").Access(FieldAccess.Analysis);
        Field(x => x.Rank).Description("Its 1-based rank, highest score first; equal scores share a rank (1, 2, 2, 4).").Access(FieldAccess.Analysis);
    }
}
