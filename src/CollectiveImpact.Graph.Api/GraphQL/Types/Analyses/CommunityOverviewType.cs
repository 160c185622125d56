using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CommunityOverviewType : ObjectGraphType<AnalysisRun<CommunityOverview>>
{
    public CommunityOverviewType()
    {
        Name = "CommunityOverview";
        Description = "The communities of a projection as a map of who works with whom: each named from what its organizations share, with its make-up, and the ties between communities (analyses.md, Community overview).";
        this.AddRunFields<CommunityOverview, CommunityOverviewParametersType>();
        Field("modularity", x => AnalysisArguments.Defined(x.Result.Partition.Modularity), nullable: true).Description("Newman's modularity Q of the partition; null for a graph without edges.").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityProfileType>>>>("communities")
            .Description("Every community, largest first (the order and indexes of communities with the same arguments).")
            .Resolve(context => context.Source.Result.Communities)
            .Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityLinkType>>>>("links")
            .Description($"Pairs of communities joined by edges, heaviest first (then more edges, then indexes); at most {CommunityOverviews.MaxLinks}.")
            .Resolve(context => context.Source.Result.Links)
            .Access(FieldAccess.Analysis);
        Field("linkCount", x => x.Result.LinkCount).Description("How many pairs of communities are joined in all (more than links holds when it is cut).").Access(FieldAccess.Analysis);
    }
}
