using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class GapsType : ObjectGraphType<AnalysisRun<GapReport>>
{
    public GapsType()
    {
        Name = "Gaps";
        Description = "Where the five conditions of collective impact are missing (analyses.md §2).";
        this.AddRunFields<GapReport, GapsParametersType>();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapKindCountType>>>>("counts")
            .Description("How many findings of each kind asked for (every kind when not filtered), in the order of GapKind.")
            .Resolve(context => context.Source.Result.Counts())
            .Access(FieldAccess.Analysis);
        Connection<GapFindingType>("findings")
            .Description("The findings by kind (in the order of GapKind), then by node id; paged.")
            .Resolve(context => Connections.FromList(context.Source.Result.Findings, context.Page()))
            .Access(FieldAccess.Analysis);
    }
}
