using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CutPointsType : ObjectGraphType<AnalysisRun<CutPointsResult>>
{
    public CutPointsType()
    {
        Name = "CutPoints";
        Description = "Who, if they left, would split the network: articulation points and bridges of one projection.";
        this.AddRunFields<CutPointsResult, CutPointsParametersType>();
        Connection<NetworkNodeInterface>("articulationPoints")
            .Description("Nodes whose removal leaves more connected components (nx.articulation_points), in id order; paged.")
            .Resolve(context => context.LoadNodes<INetworkNode>(context.Source.Result.ArticulationPoints))
            .Access(FieldAccess.Analysis);
        Connection<BridgeType>("bridges")
            .Description("Edges whose removal leaves more connected components (nx.bridges); paged.")
            .Resolve(context => Connections.FromList(context.Source.Result.Bridges, context.Page()))
            .Access(FieldAccess.Analysis);
    }
}
