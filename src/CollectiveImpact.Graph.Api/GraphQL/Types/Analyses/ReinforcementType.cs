using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class ReinforcementType : ObjectGraphType<AnalysisRun<ReinforcementReport>>
{
    public ReinforcementType()
    {
        Name = "Reinforcement";
        Description = "The mutual reinforcement check (analyses.md §4): per goal and for the whole initiative.";
        this.AddRunFields<ReinforcementReport, ReinforcementParametersType>();
        Field("index", x => x.Result.Index, nullable: true)
            .Description("The initiative's reinforcement index: reinforced / all distinct pairs of activities with different leads that share a goal; null when there are none.")
            .Access(FieldAccess.Analysis);
        Field("pairCount", x => x.Result.PairCount).Description("Distinct pairs of activities with different leads that share at least one goal.").Access(FieldAccess.Analysis);
        Field("reinforcedCount", x => x.Result.ReinforcedCount).Description("Of those, the reinforced pairs.").Access(FieldAccess.Analysis);
        Field("goals", x => x.Result.Goals, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GoalReinforcementType>>>))
            .Description("One entry per goal of the common agenda, in document order.")
            .Access(FieldAccess.Analysis);
        Connection<PipelineType>("pipelines")
            .Description("The FEEDS_INTO pipelines among all activities; paged.")
            .Resolve(context => Connections.FromList(context.Source.Result.Pipelines, context.Page()))
            .Access(FieldAccess.Analysis);
    }
}
