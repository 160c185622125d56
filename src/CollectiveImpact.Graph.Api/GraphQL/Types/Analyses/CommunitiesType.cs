using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CommunitiesType : ObjectGraphType<AnalysisRun<LouvainResult>>
{
    public CommunitiesType()
    {
        Name = "Communities";
        Description = "Louvain communities of one projection (weighted, resolution 1, seeded).";
        this.AddRunFields<LouvainResult, CommunitiesParametersType>();
        Field("modularity", x => AnalysisArguments.Defined(x.Result.Modularity), nullable: true).Description("Newman's modularity Q of the partition; null for a graph without edges, where it is undefined.").Access(FieldAccess.Analysis);
        Field("levels", x => x.Result.Levels).Description("How many levels Louvain ran (partitions it produced).").Access(FieldAccess.Analysis);
        Connection<CommunityType>("communities")
            .Description("The communities, largest first (ties by smallest member id); paged.")
            .Resolve(context => Connections.FromList(Community.Indexed(context.Source.Result), context.Page()))
            .Access(FieldAccess.Analysis);
    }
}
