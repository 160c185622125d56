using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class GoalReinforcementType : ObjectGraphType<GoalReinforcement>
{
    public GoalReinforcementType()
    {
        Name = "GoalReinforcement";
        Description = "How mutually reinforcing the activities of one goal are: of the pairs of its activities with different leads, how many a FEEDS_INTO tie or their leads' tie joins.";
        Field("goalId", x => x.Goal, type: typeof(NonNullGraphType<IdGraphType>)).Description("The goal's id.").Access(FieldAccess.Analysis);
        Field<GoalType>("goal").Description("The goal. Null only if a write removed it after this result was computed.")
            .Resolve(context => context.LoadNode<Goal>(context.Source.Goal))
            .Access(FieldAccess.Analysis);
        Field(x => x.Index, nullable: true).Description("Reinforced pairs / all pairs; null when the goal has no pair of activities with different leads.").Access(FieldAccess.Analysis);
        Field(x => x.PairCount).Description("Pairs of its activities with different leads.").Access(FieldAccess.Analysis);
        Field(x => x.ReinforcedCount).Description("Of those, the pairs joined by FEEDS_INTO or by their leads' tie in ORGANIZATIONS.").Access(FieldAccess.Analysis);
        Connection<ActivityType>("activities")
            .Description("The activities contributing to it through its indicators, in id order; paged.")
            .Resolve(context => context.LoadNodes<Activity>(context.Source.Activities))
            .Access(FieldAccess.Analysis);
        Connection<UnreinforcedPairType>("unreinforcedPairs")
            .Description("The pairs that do not reinforce each other, by activity ids; paged.")
            .Resolve(context => Connections.FromList(context.Source.UnreinforcedPairs, context.Page()))
            .Access(FieldAccess.Analysis);
        Field(x => x.Pipelines, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<PipelineType>>>)).Description("The FEEDS_INTO pipelines among its activities.").Access(FieldAccess.Analysis);
    }
}
