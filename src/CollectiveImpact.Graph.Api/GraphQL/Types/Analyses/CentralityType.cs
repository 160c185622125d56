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
        this.AddJobField("scores is empty.");
        Connection<ScoredNodeType>("scores")
            .Description("The nodes by descending score (ties by id, undefined scores last), at most `top` of them; paged.")
            .Resolve(context => Connections.FromList(context.Source.Result, context.Page(), ((CentralityAnalysis)context.Source.Parameters).Top))
            .Access(FieldAccess.Analysis);
    }
}
