using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class BrokerageType : ObjectGraphType<AnalysisRun<BrokerageReport>>
{
    public BrokerageType()
    {
        Name = "Brokerage";
        Description = "Where the backbone should broker new connections (analyses.md §5).";
        this.AddRunFields<BrokerageReport, BrokerageParametersType>();
        Connection<BrokerageRecommendationType>("recommendations")
            .Description("The best `top` introductions, best first; paged.")
            .Resolve(context => Connections.FromList(context.Source.Result.Recommendations, context.Page()))
            .Access(FieldAccess.Analysis);
    }
}
