using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class GoalIndexChangeType : ObjectGraphType<GoalIndexChange>
{
    public GoalIndexChangeType()
    {
        Name = "GoalIndexChange";
        Description = "One goal's reinforcement index on both sides.";
        Field("goalId", x => x.Goal, type: typeof(NonNullGraphType<IdGraphType>)).Description("The goal's id.").Access(FieldAccess.Analysis);
        Field(x => x.Name).Description("The goal's name (on the to side when it has it).").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<MetricChangeType>>("index").Description("Reinforced pairs / all pairs of its activities with different leads; null on a side with no such pair.").Resolve(c => c.Source.Index).Access(FieldAccess.Analysis);
    }
}
