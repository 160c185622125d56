using CollectiveImpact.Graph.Analytics.Overlaps;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class OverlapsType : ObjectGraphType<AnalysisRun<OverlapReport>>
{
    public OverlapsType()
    {
        Name = "Overlaps";
        Description = "Pairs of activities that duplicate each other or miss a chance to reinforce (analyses.md §3).";
        this.AddRunFields<OverlapReport, OverlapsParametersType>();
        Field<NonNullGraphType<IntGraphType>>("coordinatedCount").Description("Overlapping pairs that are coordinated (whatever the coordination filter).")
            .Resolve(context => context.Source.Result.CoordinatedCount)
            .Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("uncoordinatedCount").Description("Overlapping pairs that are not (whatever the coordination filter).")
            .Resolve(context => context.Source.Result.UncoordinatedCount)
            .Access(FieldAccess.Analysis);
        Connection<ActivityOverlapType>("pairs")
            .Description("The pairs with the coordination asked for: uncoordinated first, then by descending similarity, then by ids; paged.")
            .Resolve(context =>
            {
                var coordination = ((OverlapsAnalysis)context.Source.Parameters).Coordination;
                var pairs = context.Source.Result.Overlaps;
                return Connections.FromList(coordination is { } status ? [.. pairs.Where(p => p.Status == status)] : pairs, context.Page());
            })
            .Access(FieldAccess.Analysis);
    }
}
