using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CentralityType : ObjectGraphType<AnalysisRun<IReadOnlyList<RankedNode>>>
{
    public CentralityType()
    {
        Name = "Centrality";
        Description = "A centrality ranking of one projection's nodes.";
        this.AddRunFields<IReadOnlyList<RankedNode>, CentralityParametersType>();
        Field<FloatGraphType>("errorBound")
            .Description(
                "Sampled BETWEENNESS only: ε such that, with probability at least 0.95, every node's normalized estimate is within ε "
                + "of its exact normalized score (Hoeffding's inequality and a union bound over the nodes: ε = sqrt(ln(2n/0.05) / (2(k - 1))) "
                + "for k sampled sources of n nodes, at most 1). On the normalized scale even when normalized is false (multiply by "
                + "(n - 1)(n - 2)/2 for raw scores). Null when the scores are exact.")
            .Resolve(context => ((CentralityAnalysis)context.Source.Parameters).ErrorBound(context.Source.Result))
            .Access(FieldAccess.Analysis);
        this.AddJobField("scores is empty.");
        Connection<ScoredNodeType>("scores")
            .Description("The nodes by descending score (ties by id, undefined scores last), at most `top` of them; paged.")
            .Resolve(context => Connections.FromList(context.Source.Result, context.Page(), ((CentralityAnalysis)context.Source.Parameters).Top))
            .Access(FieldAccess.Analysis);
    }
}
